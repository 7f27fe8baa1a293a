// The reference API for the apply tests, as scripts/api-server-plugin.mjs starts it: its URL,
// a real open gig to apply to, and what the API stored (read server side with the company's
// secret key, which never reaches the page).
import { createClient, type Application, type MiClient, type Project } from '@microintern/core';
import type { ApplyClient } from '../components/apply-form/apply-form.component.js';

/** The company whose seeded gigs the tests apply to (its gigs ask a choice question). */
export const COMPANY = 'forkful';

let cachedUrl: Promise<string> | undefined;

/** Where the test config started the reference API. */
export function apiUrl(): Promise<string> {
  cachedUrl ??= fetch('/__mi/api.json')
    .then((r) => r.json() as Promise<{ url?: string; error?: string }>)
    .then((answer) => {
      if (!answer.url) throw new Error(`The reference API is not running: ${answer.error}`);
      return answer.url;
    });
  return cachedUrl;
}

/** A client of the reference API for `company`, with no automatic retries unless asked. */
export async function apiClient(options: { retry?: number; fetch?: (request: Request) => Promise<Response> } = {}): Promise<MiClient> {
  return createClient({ baseUrl: await apiUrl(), company: COMPANY, retry: options.retry ?? 0, timeout: 20_000, ...(options.fetch ? { fetch: options.fetch } : {}) });
}

/** An open seeded gig of {@link COMPANY} that asks at least one required question. */
export async function openGig(): Promise<Project> {
  const mi = await apiClient();
  const page = await mi.projects.page({ limit: 50 });
  const gig = page.items.find((p) => p.status === 'open' && p.questions.some((q) => q.required));
  if (!gig) throw new Error(`No open ${COMPANY} gig with a required question in the seed`);
  return gig;
}

/** Applications the API stored for `projectId` from `email`, via the plugin's secret-key read. */
export async function storedApplications(projectId: string, email: string): Promise<Application[]> {
  const answer = (await (await fetch(`/__mi/applications?company=${COMPANY}&projectId=${encodeURIComponent(projectId)}`)).json()) as {
    items?: Application[];
    error?: string;
  };
  if (!answer.items) throw new Error(`Could not read stored applications: ${answer.error}`);
  return answer.items.filter((a) => a.applicant.email === email);
}

/** A unique applicant email, so each test counts only its own applications. */
export function uniqueEmail(label: string): string {
  return `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}@example.edu`;
}

/** Every request a client sends, with its Idempotency-Key, around the real `fetch`. */
export class CountingFetch {
  readonly requests: { method: string; url: string; key: string | null }[] = [];
  /** When set, called after each real answer; throwing there simulates a dropped connection. */
  afterAnswer: ((response: Response, attempt: number) => void) | undefined;

  readonly fetch = async (request: Request): Promise<Response> => {
    this.requests.push({ method: request.method, url: request.url, key: request.headers.get('idempotency-key') });
    const response = await fetch(request);
    this.afterAnswer?.(response, this.posts.length);
    return response;
  };

  get posts() {
    return this.requests.filter((r) => r.method === 'POST');
  }
}

/** A client whose `submit` waits until released, to look at the form while it is sending. */
export class HeldClient implements ApplyClient {
  calls = 0;
  private release: (() => void) | undefined;
  readonly applications: ApplyClient['applications'];

  constructor(private readonly inner: ApplyClient['applications'] | (() => Promise<never>)) {
    this.applications = {
      submit: async (...args) => {
        this.calls++;
        await new Promise<void>((resolve) => (this.release = resolve));
        if (typeof this.inner === 'function') return this.inner();
        return this.inner.submit(...args);
      },
    };
  }

  /** Lets the held submission go on. */
  go(): void {
    this.release?.();
  }
}

/** Moves an application along as its company would, through the plugin's secret-key PATCH. */
export async function setStatus(id: string, status: 'reviewing' | 'accepted' | 'declined', message?: string): Promise<void> {
  const params = new URLSearchParams({ company: COMPANY, id, status, ...(message ? { message } : {}) });
  const answer = (await (await fetch(`/__mi/set-status?${params}`)).json()) as { error?: string };
  if (answer.error) throw new Error(`Could not change the status: ${answer.error}`);
}
