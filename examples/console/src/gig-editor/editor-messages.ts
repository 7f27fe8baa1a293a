// The gig editor's words, in English and Spanish (the Catalog type makes a missing one a type
// error). Field errors are in issue-text.ts.
import type { ProjectStatus } from '@microintern/core';
import type { Catalog } from '../locale.js';
import type { RemoteMode } from './gig-form.js';
import type { QuestionKind } from './questions.js';
import type { SkillRefusal } from './skills.js';
import type { WindowUnit } from './window-text.js';

export interface EditorMessages {
  newTitle: string;
  editTitle: (title: string) => string;
  editUnknown: string;
  intro: string;
  optional: string;
  loading: string;
  retry: string;
  restored: string;
  discard: string;
  draftNotKept: string;
  // The gig
  basics: string;
  title: string;
  slug: string;
  slugHint: string;
  summary: string;
  summaryHint: string;
  description: string;
  descriptionHint: string;
  category: string;
  choose: string;
  categories: Record<string, string>;
  skills: string;
  skillsHint: string;
  addSkill: string;
  removeSkill: (skill: string) => string;
  skillsCount: (n: number) => string;
  skillRefused: Record<SkillRefusal, string>;
  skillAdded: (names: string) => string;
  skillRemoved: (name: string) => string;
  // Pay
  pay: string;
  payKind: string;
  hourly: string;
  fixed: string;
  currency: string;
  payMin: string;
  payMinHint: string;
  payMax: string;
  payAmount: string;
  payIncomplete: string;
  effectiveRate: (rate: string) => string;
  underFloor: (floor: string, lowest: string) => string;
  otherCurrency: (floor: string) => string;
  changeFloor: string;
  floorLabel: string;
  floorHint: string;
  saveFloor: string;
  floorSaved: (floor: string) => string;
  // Work and timing
  timing: string;
  effort: string;
  effortMin: string;
  effortMax: string;
  window: string;
  windowCount: string;
  windowUnit: string;
  windowUnits: Record<WindowUnit, string>;
  windowIso: string;
  windowIsoHint: string;
  schedule: string;
  schedules: Record<string, string>;
  applyBy: string;
  applyByHint: (zone: string) => string;
  applyByPast: string;
  spots: string;
  spotsHint: string;
  // Where
  place: string;
  remote: string;
  remoteModes: Record<RemoteMode, string>;
  countries: string;
  countriesHint: string;
  location: string;
  city: string;
  region: string;
  country: string;
  countryHint: string;
  teamZone: string;
  teamZoneNone: string;
  overlap: string;
  overlapHint: string;
  // Questions
  questions: string;
  questionsHint: string;
  noQuestions: string;
  question: (n: number) => string;
  questionLabel: string;
  questionKind: string;
  kinds: Record<QuestionKind, string>;
  questionRequired: string;
  questionOptions: string;
  questionMaxLength: string;
  moveUp: string;
  moveDown: string;
  removeQuestion: string;
  addQuestion: string;
  questionsFull: string;
  questionMoved: (position: number) => string;
  questionRemoved: string;
  // Status and saving
  status: string;
  statuses: Record<ProjectStatus, string>;
  statusHint: string;
  submitNew: string;
  submitEdit: string;
  saving: string;
  noChanges: string;
  summaryTitle: (n: number) => string;
  posted: (title: string) => string;
  saved: string;
  seeApplicants: string;
  backToGigs: string;
  // Closing
  close: string;
  confirmTitle: string;
  confirmText: (title: string) => string;
  confirmClose: string;
  keepOpen: string;
  closing: string;
  closed: string;
  // Preview
  preview: string;
  previewIntro: string;
  previewEmpty: string;
  previewStale: string;
  previewUnsaved: string;
}

export const editorMessages: Catalog<EditorMessages> = {
  en: {
    newTitle: 'Post a gig',
    editTitle: (title) => `Edit “${title}”`,
    editUnknown: 'Edit a gig',
    intro: 'Students see the card in the preview as you type. Fields not marked optional must be filled in.',
    optional: '(optional)',
    loading: 'Loading the gig…',
    retry: 'Try again',
    restored: 'Restored your unsaved changes.',
    discard: 'Discard them',
    draftNotKept: 'This browser could not keep a draft of the form: save before leaving the page.',
    basics: 'The gig',
    title: 'Title',
    slug: 'Address',
    slugHint: 'The last part of the gig’s link: lowercase words joined by hyphens. Left empty, it is made from the title.',
    summary: 'Summary',
    summaryHint: 'One or two sentences for the card, up to 300 characters.',
    description: 'Description',
    descriptionHint: 'Plain text. Leave a blank line between paragraphs.',
    category: 'Category',
    choose: 'Choose…',
    categories: { 'market-research': 'Market research', data: 'Data', writing: 'Writing', design: 'Design', marketing: 'Marketing', software: 'Software', other: 'Other' },
    skills: 'Skills',
    skillsHint: 'Type a skill, then press Enter or a comma. Up to 20.',
    addSkill: 'Add',
    removeSkill: (skill) => `Remove ${skill}`,
    skillsCount: (n) => (n === 1 ? '1 skill' : `${n} skills`),
    skillRefused: { full: 'The list is full: 20 skills at most.', long: 'A skill can be 40 characters at most.', duplicate: 'That skill is already listed.' },
    skillAdded: (names) => `Added ${names}.`,
    skillRemoved: (name) => `Removed ${name}.`,
    pay: 'Pay',
    payKind: 'How it pays',
    hourly: 'By the hour',
    fixed: 'A fixed fee',
    currency: 'Currency',
    payMin: 'Hourly rate',
    payMinHint: 'Or the bottom of a range.',
    payMax: 'Up to',
    payAmount: 'Fee for the whole gig',
    payIncomplete: 'Fill in the pay and the estimated hours to see what it works out at per hour.',
    effectiveRate: (rate) => `Effective rate: ${rate}.`,
    underFloor: (floor, lowest) => `Under your floor of ${floor}: at the most estimated hours this pays ${lowest}.`,
    otherCurrency: (floor) => `Your floor of ${floor} is in another currency, so this pay is not compared with it.`,
    changeFloor: 'Change your floor',
    floorLabel: 'Your hourly floor',
    floorHint: 'Kept in this browser for your company. The form warns when a gig pays less per hour.',
    saveFloor: 'Save the floor',
    floorSaved: (floor) => `Floor saved: ${floor}.`,
    timing: 'Work and timing',
    effort: 'Estimated hours of work',
    effortMin: 'From',
    effortMax: 'To',
    window: 'Time to finish after kick-off',
    windowCount: 'How many',
    windowUnit: 'Unit',
    windowUnits: { days: 'days', weeks: 'weeks', months: 'months', iso: 'ISO 8601 duration' },
    windowIso: 'Duration',
    windowIsoHint: 'Such as P2W (two weeks) or P1W3D (a week and three days).',
    schedule: 'When the work is done',
    schedules: { weekend: 'On weekends', evenings: 'On weekday evenings', flexible: 'Whenever suits' },
    applyBy: 'Applications close',
    applyByHint: (zone) => `In ${zone} time, your console’s time zone. Left empty, the gig has no deadline.`,
    applyByPast: 'This date has passed: students cannot apply until it is later.',
    spots: 'Spots',
    spotsHint: 'How many students you will take on.',
    place: 'Where',
    remote: 'Who can apply',
    remoteModes: { anywhere: 'Remote, from anywhere', countries: 'Remote, from some countries', 'on-site': 'On site' },
    countries: 'Countries',
    countriesHint: 'Two-letter codes separated by commas, such as US, CA.',
    location: 'Location',
    city: 'City',
    region: 'State or region',
    country: 'Country code',
    countryHint: 'Two letters, such as US.',
    teamZone: 'Your team’s time zone',
    teamZoneNone: 'Not given',
    overlap: 'Hours a week to overlap with your team',
    overlapHint: 'Working hours shared with your team, in its time zone.',
    questions: 'Questions for applicants',
    questionsHint: 'Up to 10. Every applicant answers them with their application.',
    noQuestions: 'No questions yet: applicants send their details, a cover note and their availability.',
    question: (n) => `Question ${n}`,
    questionLabel: 'Question',
    questionKind: 'Answer',
    kinds: { text: 'One line of text', 'long-text': 'Several lines', url: 'A link', choice: 'One of a list', 'yes-no': 'Yes or no' },
    questionRequired: 'Applicants must answer',
    questionOptions: 'Options, one per line',
    questionMaxLength: 'Longest answer, in characters',
    moveUp: 'Move up',
    moveDown: 'Move down',
    removeQuestion: 'Remove',
    addQuestion: 'Add a question',
    questionsFull: 'Ten questions is the most a gig can ask.',
    questionMoved: (position) => `Question moved to position ${position}.`,
    questionRemoved: 'Question removed.',
    status: 'Status',
    statuses: { open: 'Open: takes applications', closed: 'Closed', filled: 'Filled' },
    statusHint: 'Set it back to Open to take applications again.',
    submitNew: 'Post the gig',
    submitEdit: 'Save changes',
    saving: 'Saving…',
    noChanges: 'Nothing has changed since the last save.',
    summaryTitle: (n) => (n === 1 ? 'One field needs a change before the gig can be saved:' : `${n} fields need a change before the gig can be saved:`),
    posted: (title) => `Posted “${title}”. Students can apply now.`,
    saved: 'Changes saved.',
    seeApplicants: 'See its applicants',
    backToGigs: 'Back to the gigs',
    close: 'Close applications',
    confirmTitle: 'Close applications?',
    confirmText: (title) => `Students can no longer apply to “${title}”. The applications you have stay. You can reopen it later by setting its status to Open.`,
    confirmClose: 'Close applications',
    keepOpen: 'Keep it open',
    closing: 'Closing…',
    closed: 'Applications are closed: the gig’s status is now Closed.',
    preview: 'Preview',
    previewIntro: 'The card as students will see it. Its Apply button does nothing here.',
    previewEmpty: 'The card appears here once the form holds a complete gig.',
    previewStale: 'Some fields are not valid yet: this is the last valid version.',
    previewUnsaved: 'Not saved yet.',
  },
  es: {
    newTitle: 'Publicar un proyecto',
    editTitle: (title) => `Editar «${title}»`,
    editUnknown: 'Editar un proyecto',
    intro: 'Los estudiantes ven la tarjeta de la vista previa mientras escribes. Hay que rellenar los campos no marcados como opcionales.',
    optional: '(opcional)',
    loading: 'Cargando el proyecto…',
    retry: 'Reintentar',
    restored: 'Se han recuperado tus cambios sin guardar.',
    discard: 'Descartarlos',
    draftNotKept: 'Este navegador no ha podido guardar un borrador del formulario: guarda antes de salir de la página.',
    basics: 'El proyecto',
    title: 'Título',
    slug: 'Dirección',
    slugHint: 'La última parte del enlace del proyecto: palabras en minúscula unidas por guiones. Si la dejas vacía, se crea a partir del título.',
    summary: 'Resumen',
    summaryHint: 'Una o dos frases para la tarjeta, hasta 300 caracteres.',
    description: 'Descripción',
    descriptionHint: 'Texto sin formato. Deja una línea en blanco entre párrafos.',
    category: 'Categoría',
    choose: 'Elige…',
    categories: { 'market-research': 'Estudio de mercado', data: 'Datos', writing: 'Redacción', design: 'Diseño', marketing: 'Marketing', software: 'Software', other: 'Otra' },
    skills: 'Habilidades',
    skillsHint: 'Escribe una habilidad y pulsa Intro o una coma. Hasta 20.',
    addSkill: 'Añadir',
    removeSkill: (skill) => `Quitar ${skill}`,
    skillsCount: (n) => (n === 1 ? '1 habilidad' : `${n} habilidades`),
    skillRefused: { full: 'La lista está llena: 20 habilidades como máximo.', long: 'Una habilidad puede tener 40 caracteres como máximo.', duplicate: 'Esa habilidad ya está en la lista.' },
    skillAdded: (names) => `Añadido: ${names}.`,
    skillRemoved: (name) => `Quitado: ${name}.`,
    pay: 'Pago',
    payKind: 'Cómo se paga',
    hourly: 'Por hora',
    fixed: 'Una tarifa fija',
    currency: 'Moneda',
    payMin: 'Tarifa por hora',
    payMinHint: 'O el mínimo de un rango.',
    payMax: 'Hasta',
    payAmount: 'Importe por todo el proyecto',
    payIncomplete: 'Rellena el pago y las horas estimadas para ver cuánto sale por hora.',
    effectiveRate: (rate) => `Tarifa efectiva: ${rate}.`,
    underFloor: (floor, lowest) => `Por debajo de tu mínimo de ${floor}: con el máximo de horas estimadas paga ${lowest}.`,
    otherCurrency: (floor) => `Tu mínimo de ${floor} está en otra moneda, así que este pago no se compara con él.`,
    changeFloor: 'Cambiar tu mínimo',
    floorLabel: 'Tu mínimo por hora',
    floorHint: 'Se guarda en este navegador para tu empresa. El formulario avisa cuando un proyecto paga menos por hora.',
    saveFloor: 'Guardar el mínimo',
    floorSaved: (floor) => `Mínimo guardado: ${floor}.`,
    timing: 'Trabajo y plazos',
    effort: 'Horas de trabajo estimadas',
    effortMin: 'Desde',
    effortMax: 'Hasta',
    window: 'Plazo para terminar tras el inicio',
    windowCount: 'Cuántos',
    windowUnit: 'Unidad',
    windowUnits: { days: 'días', weeks: 'semanas', months: 'meses', iso: 'duración ISO 8601' },
    windowIso: 'Duración',
    windowIsoHint: 'Como P2W (dos semanas) o P1W3D (una semana y tres días).',
    schedule: 'Cuándo se trabaja',
    schedules: { weekend: 'Los fines de semana', evenings: 'Por las tardes entre semana', flexible: 'Cuando convenga' },
    applyBy: 'Cierre de candidaturas',
    applyByHint: (zone) => `En la hora de ${zone}, la zona horaria de tu consola. Si lo dejas vacío, el proyecto no tiene fecha límite.`,
    applyByPast: 'Esta fecha ya pasó: los estudiantes no pueden postularse hasta que sea posterior.',
    spots: 'Plazas',
    spotsHint: 'Cuántos estudiantes vas a contratar.',
    place: 'Dónde',
    remote: 'Quién puede postularse',
    remoteModes: { anywhere: 'En remoto, desde cualquier lugar', countries: 'En remoto, desde algunos países', 'on-site': 'Presencial' },
    countries: 'Países',
    countriesHint: 'Códigos de dos letras separados por comas, como US, MX.',
    location: 'Ubicación',
    city: 'Ciudad',
    region: 'Estado o región',
    country: 'Código de país',
    countryHint: 'Dos letras, como MX.',
    teamZone: 'Zona horaria de tu equipo',
    teamZoneNone: 'Sin indicar',
    overlap: 'Horas semanales en común con tu equipo',
    overlapHint: 'Horas de trabajo compartidas con tu equipo, en su zona horaria.',
    questions: 'Preguntas para los candidatos',
    questionsHint: 'Hasta 10. Cada candidato las responde con su candidatura.',
    noQuestions: 'Aún no hay preguntas: los candidatos envían sus datos, una carta de presentación y su disponibilidad.',
    question: (n) => `Pregunta ${n}`,
    questionLabel: 'Pregunta',
    questionKind: 'Respuesta',
    kinds: { text: 'Una línea de texto', 'long-text': 'Varias líneas', url: 'Un enlace', choice: 'Una opción de una lista', 'yes-no': 'Sí o no' },
    questionRequired: 'Los candidatos deben responder',
    questionOptions: 'Opciones, una por línea',
    questionMaxLength: 'Respuesta más larga, en caracteres',
    moveUp: 'Subir',
    moveDown: 'Bajar',
    removeQuestion: 'Quitar',
    addQuestion: 'Añadir una pregunta',
    questionsFull: 'Un proyecto puede hacer diez preguntas como máximo.',
    questionMoved: (position) => `Pregunta movida a la posición ${position}.`,
    questionRemoved: 'Pregunta quitada.',
    status: 'Estado',
    statuses: { open: 'Abierto: acepta candidaturas', closed: 'Cerrado', filled: 'Cubierto' },
    statusHint: 'Vuelve a ponerlo en Abierto para aceptar candidaturas de nuevo.',
    submitNew: 'Publicar el proyecto',
    submitEdit: 'Guardar los cambios',
    saving: 'Guardando…',
    noChanges: 'No hay cambios desde la última vez que guardaste.',
    summaryTitle: (n) => (n === 1 ? 'Hay que cambiar un campo para poder guardar el proyecto:' : `Hay que cambiar ${n} campos para poder guardar el proyecto:`),
    posted: (title) => `Se ha publicado «${title}». Los estudiantes ya pueden postularse.`,
    saved: 'Cambios guardados.',
    seeApplicants: 'Ver sus candidatos',
    backToGigs: 'Volver a los proyectos',
    close: 'Cerrar las candidaturas',
    confirmTitle: '¿Cerrar las candidaturas?',
    confirmText: (title) => `Los estudiantes ya no podrán postularse a «${title}». Las candidaturas recibidas se conservan. Puedes reabrirlo más adelante poniendo su estado en Abierto.`,
    confirmClose: 'Cerrar las candidaturas',
    keepOpen: 'Mantenerlo abierto',
    closing: 'Cerrando…',
    closed: 'Las candidaturas están cerradas: el estado del proyecto es ahora Cerrado.',
    preview: 'Vista previa',
    previewIntro: 'La tarjeta tal como la verán los estudiantes. Aquí su botón para postularse no hace nada.',
    previewEmpty: 'La tarjeta aparece aquí en cuanto el formulario contiene un proyecto completo.',
    previewStale: 'Algunos campos aún no son válidos: esta es la última versión válida.',
    previewUnsaved: 'Aún sin guardar.',
  },
};
