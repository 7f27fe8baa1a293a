// The subset of schema.org's JobPosting vocabulary that toJobPosting writes. Types only.

/** A schema.org `PropertyValue`, used for the posting's identifier. */
export interface PropertyValue {
  '@type': 'PropertyValue';
  name: string;
  value: string;
}

/** The company as a schema.org `Organization`; URLs appear only when they are safe http(s). */
export interface Organization {
  '@type': 'Organization';
  name: string;
  sameAs?: string;
  logo?: string;
}

/** A schema.org `PostalAddress` with the parts a Location has. */
export interface PostalAddress {
  '@type': 'PostalAddress';
  addressLocality?: string;
  addressRegion?: string;
  addressCountry?: string;
}

/** Where on-site work happens. */
export interface Place {
  '@type': 'Place';
  address: PostalAddress;
}

/** Where a remote applicant must be (ISO 3166-1 alpha-2 code as `name`). */
export interface Country {
  '@type': 'Country';
  name: string;
}

/** Pay per `unitText` in major units (18.5 means 18.50). */
export interface QuantitativeValue {
  '@type': 'QuantitativeValue';
  value?: number;
  minValue?: number;
  maxValue?: number;
  unitText: 'HOUR';
}

/** A schema.org `MonetaryAmount` for `baseSalary`. */
export interface MonetaryAmount {
  '@type': 'MonetaryAmount';
  currency: string;
  value: QuantitativeValue;
}

/**
 * A schema.org `JobPosting` as {@link toJobPosting} writes it: what Google for Jobs reads,
 * ready for `JSON.stringify` (or, inside HTML, {@link jobPostingToJson}).
 */
export interface JobPosting {
  '@context': 'https://schema.org';
  '@type': 'JobPosting';
  title: string;
  /** Plain text: the summary, a blank line, then the description. */
  description: string;
  identifier: PropertyValue;
  datePosted: string;
  validThrough?: string;
  employmentType: ['CONTRACTOR', 'INTERN'];
  hiringOrganization: Organization;
  jobLocationType?: 'TELECOMMUTE';
  /** Where a remote gig's applicants may live: one entry per country, for `TELECOMMUTE` only. */
  applicantLocationRequirements?: Country[];
  jobLocation?: Place;
  baseSalary: MonetaryAmount;
  directApply: true;
  /** Comma-separated skills. */
  skills?: string;
  occupationalCategory?: string;
  /** The total effort and schedule in words ("8–12 hours in total, on weekends"). */
  workHours: string;
  totalJobOpenings: number;
  url?: string;
}
