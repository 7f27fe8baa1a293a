// What the builder's form describes, how it travels in the builder's own URL, and the element
// attributes it stands for. Everything the preview and the snippets show comes from
// `embedAttributes`, so they cannot disagree.
import { isTokenValue, tokenSpec } from './tokens.js';

export const CATEGORIES = ['market-research', 'data', 'writing', 'design', 'marketing', 'software', 'other'] as const;
export const SCHEDULES = ['weekend', 'evenings', 'flexible'] as const;
export const SORTS = ['newest', 'pay', 'shortest', 'deadline'] as const;
export const THEMES = ['light', 'dark', 'auto'] as const;
export const CURRENCY_DISPLAYS = ['symbol', 'narrowSymbol', 'code', 'name'] as const;
export const LOCALES = ['en', 'en-GB', 'es', 'es-MX', 'de-DE', 'fr-FR', 'ja-JP'] as const;
export const TIME_ZONES = ['UTC', 'America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London', 'Europe/Madrid', 'Asia/Tokyo'] as const;

/** Where the builder runs: the defaults it offers for the API, the feed and the script tag. */
export interface BuilderEnv {
  /** Base URL of the Micro-Internship API. */
  api: string;
  /** URL of a static feed. */
  feed: string;
  /** URL of the widgets' board file (it registers the card too). */
  script: string;
}

export interface BuilderState {
  element: 'board' | 'card';
  source: 'api' | 'feed';
  api: string;
  /** A company slug; empty for every company's gigs. */
  company: string;
  src: string;
  /** Where a feed's applications go (`apply-api`); empty for none. */
  applyApi: string;
  /** The card's gig (`project-id`); empty until the builder picks the first one. */
  projectId: string;
  pageSize: number;
  q: string;
  category: string[];
  skills: string[];
  schedule: string[];
  sort: string;
  /** Pay floor in minor units per hour; 0 for none. */
  minRate: number;
  /** 0 for none. */
  maxHours: number;
  syncUrl: boolean;
  /** The `sync-url` value: a prefix for the URL parameters; empty for the default `mi-`. */
  syncPrefix: string;
  structuredData: boolean;
  theme: (typeof THEMES)[number];
  locale: string;
  currencyDisplay: string;
  timeZone: string;
  script: string;
  /** `--mi-*` tokens set by the page, by name. */
  tokens: Record<string, string>;
  view: 'desktop' | 'phone';
}

/** The state a builder opens with when its URL says nothing. */
export function defaultState(env: BuilderEnv): BuilderState {
  return {
    element: 'board',
    source: 'api',
    api: env.api,
    company: '',
    src: env.feed,
    applyApi: '',
    projectId: '',
    pageSize: 20,
    q: '',
    category: [],
    skills: [],
    schedule: [],
    sort: 'newest',
    minRate: 0,
    maxHours: 0,
    syncUrl: false,
    syncPrefix: '',
    structuredData: true,
    theme: 'light',
    locale: '',
    currencyDisplay: 'symbol',
    timeZone: '',
    script: env.script,
    tokens: {},
    view: 'desktop',
  };
}

const list = (value: string | null) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []);
const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback;
const intIn = (value: string | null, min: number, max: number, fallback: number) => {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};
const httpUrl = (value: string | null, fallback: string) => (value && /^https?:\/\/\S+$/i.test(value) ? value : fallback);

/**
 * The state a builder URL's query describes; anything missing or out of range takes its default,
 * so an edited or old link still opens a valid builder.
 */
export function stateFromParams(params: URLSearchParams, env: BuilderEnv): BuilderState {
  const d = defaultState(env);
  const tokens: Record<string, string> = {};
  for (const [name, value] of params) {
    const spec = tokenSpec(name);
    if (spec && isTokenValue(spec, value)) tokens[name] = value;
  }
  return {
    element: oneOf(['board', 'card'], params.get('element'), d.element),
    source: oneOf(['api', 'feed'], params.get('source'), d.source),
    api: httpUrl(params.get('api'), d.api),
    company: /^[a-z0-9-]{1,80}$/.test(params.get('company') ?? '') ? params.get('company')! : '',
    src: httpUrl(params.get('src'), d.src),
    applyApi: httpUrl(params.get('apply-api'), ''),
    projectId: /^[A-Za-z0-9_-]{1,120}$/.test(params.get('project-id') ?? '') ? params.get('project-id')! : '',
    pageSize: intIn(params.get('page-size'), 1, 100, d.pageSize),
    q: (params.get('q') ?? '').slice(0, 200),
    category: list(params.get('category')).filter((c) => (CATEGORIES as readonly string[]).includes(c)),
    skills: list(params.get('skills')).slice(0, 20),
    schedule: list(params.get('schedule')).filter((s) => (SCHEDULES as readonly string[]).includes(s)),
    sort: oneOf(SORTS, params.get('sort'), 'newest'),
    minRate: intIn(params.get('min-rate'), 0, 1_000_000, 0),
    maxHours: intIn(params.get('max-hours'), 0, 1000, 0),
    syncUrl: params.has('sync-url'),
    syncPrefix: /^[a-z][a-z0-9-]{0,19}$/.test(params.get('sync-url') ?? '') ? params.get('sync-url')! : '',
    structuredData: params.get('structured-data') !== 'off',
    theme: oneOf(THEMES, params.get('theme'), d.theme),
    locale: oneOf(['', ...LOCALES], params.get('locale'), ''),
    currencyDisplay: oneOf(CURRENCY_DISPLAYS, params.get('currency-display'), 'symbol'),
    timeZone: oneOf(['', ...TIME_ZONES], params.get('time-zone'), ''),
    script: httpUrl(params.get('script'), d.script),
    tokens,
    view: oneOf(['desktop', 'phone'], params.get('view'), d.view),
  };
}

/**
 * The builder URL's query for a state: only what differs from the defaults, so a link is short
 * and a default builder has a bare address.
 */
export function stateToParams(state: BuilderState, env: BuilderEnv): URLSearchParams {
  const d = defaultState(env);
  const params = new URLSearchParams();
  const put = (name: string, value: string, fallback: string) => {
    if (value !== fallback) params.set(name, value);
  };
  put('element', state.element, d.element);
  put('source', state.source, d.source);
  if (state.source === 'api') {
    put('api', state.api, d.api);
    put('company', state.company, '');
  } else {
    put('src', state.src, d.src);
    put('apply-api', state.applyApi, '');
  }
  if (state.element === 'card') put('project-id', state.projectId, '');
  else {
    put('page-size', String(state.pageSize), String(d.pageSize));
    put('q', state.q, '');
    put('category', state.category.join(','), '');
    put('skills', state.skills.join(','), '');
    put('schedule', state.schedule.join(','), '');
    put('sort', state.sort, d.sort);
    put('min-rate', String(state.minRate), '0');
    put('max-hours', String(state.maxHours), '0');
    if (state.syncUrl) params.set('sync-url', state.syncPrefix);
    if (!state.structuredData) params.set('structured-data', 'off');
  }
  put('theme', state.theme, d.theme);
  put('locale', state.locale, '');
  put('currency-display', state.currencyDisplay, d.currencyDisplay);
  put('time-zone', state.timeZone, '');
  put('script', state.script, d.script);
  for (const [name, value] of Object.entries(state.tokens)) params.set(name, value);
  put('view', state.view, d.view);
  return params;
}

/** The element's tag for a state. */
export function tagName(state: BuilderState): 'mi-project-board' | 'mi-project-card' {
  return state.element === 'board' ? 'mi-project-board' : 'mi-project-card';
}

/** One attribute of the embed: its name and value (`''` for a present boolean attribute). */
export type EmbedAttribute = readonly [name: string, value: string];

/**
 * The attributes the element needs for this state, in a stable order, leaving out every one
 * that equals the element's own default: the snippet's attributes and the preview's are these.
 */
export function embedAttributes(state: BuilderState): EmbedAttribute[] {
  const out: [string, string][] = [];
  if (state.source === 'api') {
    out.push(['api', state.api]);
    if (state.company) out.push(['company', state.company]);
  } else {
    out.push(['src', state.src]);
    if (state.applyApi) out.push(['apply-api', state.applyApi]);
  }
  if (state.element === 'card') {
    if (state.projectId) out.push(['project-id', state.projectId]);
  } else {
    if (state.pageSize !== 20) out.push(['page-size', String(state.pageSize)]);
    if (state.q) out.push(['q', state.q]);
    if (state.category.length) out.push(['category', state.category.join(',')]);
    if (state.skills.length) out.push(['skills', state.skills.join(',')]);
    if (state.schedule.length) out.push(['schedule', state.schedule.join(',')]);
    if (state.sort !== 'newest') out.push(['sort', state.sort]);
    if (state.minRate > 0) out.push(['min-rate', String(state.minRate)]);
    if (state.maxHours > 0) out.push(['max-hours', String(state.maxHours)]);
    if (state.syncUrl) out.push(['sync-url', state.syncPrefix]);
    if (!state.structuredData) out.push(['structured-data', 'off']);
  }
  if (state.theme !== 'light') out.push(['theme', state.theme]);
  if (state.locale) out.push(['locale', state.locale]);
  if (state.currencyDisplay !== 'symbol') out.push(['currency-display', state.currencyDisplay]);
  if (state.timeZone) out.push(['time-zone', state.timeZone]);
  return out;
}

/** The origins (scheme, host, port) of a list of URLs, without duplicates or bad URLs. */
export function originsOf(urls: readonly string[]): string[] {
  const origins = new Set<string>();
  for (const url of urls) {
    try {
      origins.add(new URL(url).origin);
    } catch {
      // Not a URL: nothing to allow.
    }
  }
  return [...origins];
}
