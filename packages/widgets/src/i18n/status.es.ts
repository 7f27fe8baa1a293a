import type { StatusMessages } from './status-messages.js';

/** Spanish strings of `<mi-application-status>`. */
export const statusEs: StatusMessages = {
  loading: 'Cargando tu postulación…',
  title: (project) => `Tu postulación: ${project}`,
  sentTo: (company, when) => `Enviada a ${company} el ${when}.`,
  status: { received: 'Recibida', reviewing: 'En revisión', accepted: 'Aceptada', declined: 'No seleccionada' },
  current: (status) => `Estado actual: ${status}`,
  nextHeading: 'Qué pasa ahora',
  next: {
    received: (company) => `${company} tiene tu postulación y la revisará pronto. No tienes que hacer nada; esta página muestra cada paso cuando ocurre.`,
    reviewing: (company) => `${company} está leyendo tu postulación. Puede escribirte al correo que indicaste si tiene preguntas.`,
    accepted: (company) => `¡Felicidades! ${company} te eligió. Atento a su correo sobre cuándo empieza el trabajo y cómo se te pagará.`,
    declined: (company) => `${company} eligió a otra persona esta vez. Gracias por postularte; hay otros trabajos esperándote.`,
  },
  historyHeading: 'Historial',
  messageFrom: (company) => `Mensaje de ${company}`,
  invalidTitle: 'Este enlace de estado no es válido',
  invalidBody: 'Abre el enlace completo que recibiste al postularte, incluido todo lo que va después del signo #. Cada enlace sirve solo para la postulación para la que se creó.',
  errorTitle: 'No se pudo cargar tu postulación',
  offline: 'Parece que no tienes conexión. Inténtalo de nuevo cuando vuelvas a estar en línea.',
  serverError: 'El servidor tuvo un problema. Inténtalo de nuevo en un minuto.',
  rateLimited: (seconds) => `Demasiados intentos desde aquí. Inténtalo de nuevo en ${seconds} ${seconds === 1 ? 'segundo' : 'segundos'}.`,
  retry: 'Reintentar',
};
