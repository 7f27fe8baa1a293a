import type { ApplyMessages } from './apply-messages.js';

const s = (count: number, one: string, other: string) => (count === 1 ? one : other);

/** Spanish strings of the apply form, the availability picker and the apply dialog. */
export const applyEs: ApplyMessages = {
  availability: 'Cuándo puedes trabajar',
  gridHint: 'Arrastra sobre la cuadrícula, o muévete con las flechas y pulsa Espacio para elegir una hora. Mayúsculas con una flecha amplía la elección.',
  timeHeader: 'Hora',
  presets: 'Elecciones rápidas',
  presetWeekends: 'Fines de semana',
  presetEvenings: 'Tardes entre semana',
  presetClear: 'Borrar',
  timeZone: 'Tu zona horaria',
  teamZone: (zone, diff) => `El equipo trabaja en ${zone}, ${diff}.`,
  zoneDifference: (hours, ahead) =>
    ahead === undefined ? 'a la misma hora que tú' : `${hours} ${hours === '1' ? 'hora' : 'horas'} ${ahead ? 'por delante de' : 'por detrás de'} ti`,
  hoursAWeek: (n, count) => `${n} ${s(count, 'hora', 'horas')} a la semana`,
  selected: (what, total) => `${what} elegido, ${total}`,
  cleared: (what, total) => `${what} borrado, ${total}`,
  fit: ({ verdict, covered, needed, neededCount, count, short, shortCount }) => {
    const before = `${covered} de ${needed} ${s(neededCount, 'hora', 'horas')} antes de la fecha límite`;
    switch (verdict) {
      case 'weekends':
        return `${before} — cabe en ${count} ${s(count, 'fin de semana', 'fines de semana')}`;
      case 'weeks':
        return `${before} — cabe en ${count} ${s(count, 'semana', 'semanas')}`;
      case 'does-not-fit':
        return shortCount > 0
          ? `${before} — aún no cabe: añade unas ${short} ${s(shortCount, 'hora', 'horas')} a la semana`
          : `${before} — no cabe`;
      case 'no-hours':
        return `Elige cuándo puedes trabajar para ver si las ${needed} ${s(neededCount, 'hora', 'horas')} caben antes de la fecha límite`;
    }
  },
  availabilityRequired: 'Elige al menos una hora en la que puedas trabajar',

  formTitle: (title) => `Postularme a ${title}`,
  aboutYou: 'Sobre ti',
  name: 'Nombre completo',
  email: 'Correo electrónico',
  emailHint: 'La empresa te responderá aquí.',
  portfolio: 'Enlace a tu portafolio, GitHub o currículum',
  portfolioHint: 'Empieza por https://',
  school: 'Centro de estudios',
  graduationYear: 'Año de graduación',
  coverNote: '¿Por qué tú?',
  coverNoteHint: 'Unas frases sobre lo que aportarías.',
  characters: (used, max, over) => (over > 0 ? `${used} / ${max} caracteres, ${over} de más` : `${used} / ${max} caracteres`),
  questions: 'Preguntas de la empresa',
  optional: 'opcional',
  yes: 'Sí',
  no: 'No',
  choose: 'Elige…',
  consent: (company) => `${company} puede contactarme sobre este trabajo con los datos de arriba.`,
  submit: 'Enviar postulación',
  submitting: 'Enviando…',
  honeypot: 'Deja este campo vacío',

  required: 'Este campo es obligatorio',
  nameRequired: 'Escribe tu nombre',
  emailInvalid: 'Escribe un correo como nombre@ejemplo.com',
  urlInvalid: 'Escribe un enlace que empiece por https:// o http://',
  tooLong: (max) => `Usa como máximo ${max} caracteres`,
  yearInvalid: 'Escribe un año entre 1950 y 2100, como 2027',
  consentRequired: 'Marca esta casilla para postularte',
  answerRequired: 'Responde a esta pregunta',
  choiceInvalid: 'Elige una de las opciones',
  singleLine: 'Escribe esta respuesta en una sola línea',
  fixErrors: (n, count) => `${n} ${s(count, 'campo necesita', 'campos necesitan')} revisión antes de enviar la postulación.`,

  closed: 'Este trabajo ya no acepta postulaciones; no se ha enviado nada.',
  duplicate: 'Esta postulación ya se está enviando. Espera un momento y vuelve a intentarlo.',
  rateLimited: (wait) => `Se han enviado demasiadas postulaciones desde aquí. No se ha enviado nada; inténtalo de nuevo en ${wait}.`,
  rateLimitedSoon: 'Se han enviado demasiadas postulaciones desde aquí. No se ha enviado nada; inténtalo de nuevo en un minuto.',
  serverError: 'El servidor tuvo un problema y no recibió la postulación. Inténtalo de nuevo en un minuto.',
  offline: 'Parece que no tienes conexión, así que la postulación no se envió. Inténtalo de nuevo cuando vuelvas a tenerla.',
  timeout: 'El servidor no respondió a tiempo. Reintentar es seguro: la postulación no puede enviarse dos veces.',
  rejected: (reason) => `La postulación no fue aceptada: ${reason.replace(/\.$/, '')}.`,
  noEndpoint: 'Esta página no puede enviar postulaciones (no hay una API configurada).',
  entryKept: 'Todo lo que escribiste se conserva.',
  tryAgain: 'Reintentar',

  sentTitle: 'Postulación enviada',
  sentBody: (company, email) => `${company} tiene tu postulación y responderá a ${email}.`,
  receiptId: 'Referencia',
  receivedAt: 'Recibida',
  nextSteps: (closes) =>
    `Qué pasa ahora: la empresa revisa las postulaciones ${closes ? `cuando cierren el ${closes}` : 'a medida que llegan'} y contacta a las personas elegidas. Guarda la referencia por si necesitas preguntar.`,
  statusLinkTitle: 'Tu enlace privado de estado',
  statusLinkHint: 'Ábrelo cuando quieras para ver en qué punto está tu postulación y leer los mensajes de la empresa. No lo compartas: funciona sin contraseña.',
  copyLink: 'Copiar enlace',
  linkCopied: 'Enlace copiado.',
  copyFailed: 'No se pudo copiar: el enlace está seleccionado, cópialo con el teclado.',
  openStatusLink: 'Abrir la página de estado',
  done: 'Listo',

  close: 'Cerrar',
  loadingProject: 'Cargando el trabajo…',
};
