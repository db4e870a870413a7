/**
 * Why a service (API JSON or HSDS import) or an HSDS data package is refused: one stable code per
 * problem with its parameters (issue 9), beside the English sentence that the CLI and API clients
 * read (`message`). The web page renders the code through i18n (`dir.import.problem.<code>`).
 * A problem of a data package also carries where it is: `file`, `row` (the header is row 1) and
 * `column` in its params. Pure: no I/O.
 */

export const IMPORT_PROBLEM_CODES = [
  // A service's fields (services' validation.ts).
  'required',
  'not-text',
  'too-long',
  'not-one-of',
  'not-whole-number',
  'not-number-in-range',
  'not-boolean',
  'list-too-long',
  'invalid-code',
  'not-object',
  'not-taxonomy-term',
  'bad-days',
  'bad-time',
  'not-pcode',
  'latitude-longitude-together',
  'not-email',
  'contact-needs-phone-or-email',
  'below-minimum-age',
  'other-organisation',
  // A taxonomy term (services' directory/taxonomy.ts).
  'not-term-code',
  // A data package (hsds-package-read.ts).
  'not-a-field',
  'required-column-missing',
  'not-a-number',
  'not-uuid',
  'no-resources',
  'no-services-table',
  'repeated-id',
  'unknown-reference',
  'empty-file',
  'not-a-zip',
  'descriptor-missing',
  'descriptor-too-large',
  'descriptor-not-json',
  'archive-damaged',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export type ProblemParams = Record<string, string | number>;

/** One problem as the API returns it in `error.fields[]`: code and params are optional for old clients. */
export interface CodedProblem {
  path: string;
  message: string;
  code?: string;
  params?: Readonly<ProblemParams>;
}

const s = (v: string | number | undefined) => String(v ?? '?');

/** The English sentence of a problem (without its path); a generic one for a code this version does not know. */
export function describeImportProblem(code: string, params: Readonly<ProblemParams> = {}): string {
  switch (code as ImportProblemCode) {
    case 'required':
      return 'is required';
    case 'not-text':
      return 'must be text';
    case 'too-long':
      return `must be at most ${s(params.max)} characters`;
    case 'not-one-of':
      return `must be one of ${s(params.allowed)}`;
    case 'not-whole-number':
      return `must be a whole number from ${s(params.min)} to ${s(params.max)}`;
    case 'not-number-in-range':
      return `must be a number from ${s(params.min)} to ${s(params.max)}`;
    case 'not-boolean':
      return 'must be true or false';
    case 'list-too-long':
      return `must be a list of at most ${s(params.max)} ${s(params.what)}`;
    case 'invalid-code':
      return `is not a valid ${s(params.what)}`;
    case 'not-object':
      return 'must be an object';
    case 'not-taxonomy-term':
      return `is not a term of the service taxonomy (${s(params.terms)})`;
    case 'bad-days':
      return 'must list days as MO,TU,WE,TH,FR,SA,SU';
    case 'bad-time':
      return 'must be HH:MM';
    case 'not-pcode':
      return 'is not a p-code';
    case 'latitude-longitude-together':
      return 'latitude and longitude go together';
    case 'not-email':
      return 'is not an e-mail address';
    case 'contact-needs-phone-or-email':
      return 'a contact needs a phone number or an e-mail';
    case 'below-minimum-age':
      return 'must not be below minimumAge';
    case 'other-organisation':
      return 'is a service of another organisation';
    case 'not-term-code':
      return `must be 1 to ${s(params.max)} lower-case letters, digits and dashes, starting with a letter or digit`;
    case 'not-a-field':
      return `is not a field of the HSDS ${s(params.table)} table (fields: ${s(params.fields)})`;
    case 'required-column-missing':
      return 'is required and missing';
    case 'not-a-number':
      return 'must be a number';
    case 'not-uuid':
      return 'must be a UUID';
    case 'no-resources':
      return 'has no "resources" list: not a tabular data package';
    case 'no-services-table':
      return 'is missing: the package holds no services table';
    case 'repeated-id':
      return 'repeats an earlier id';
    case 'unknown-reference':
      return `names no row of ${s(params.table)}`;
    case 'empty-file':
      return 'the file is empty';
    case 'not-a-zip':
      return `not a readable HSDS tabular data package: ${s(params.detail)}`;
    case 'descriptor-missing':
      return `${s(params.descriptor)} is missing: not an HSDS tabular data package (export.zip holds one)`;
    case 'descriptor-too-large':
      return `${s(params.descriptor)} is larger than ${s(params.max)} bytes: not a data package descriptor`;
    case 'descriptor-not-json':
      return `${s(params.descriptor)} is not JSON`;
    case 'archive-damaged':
      return `the archive is damaged (${s(params.detail)})`;
    default:
      return `is not valid (${code})`;
  }
}

/** A problem as the services make it. */
export interface ImportProblem {
  path: string;
  message: string;
  code: ImportProblemCode;
  params: ProblemParams;
}

/** Where a problem of a data package is: file, row (header = 1), column. */
export interface PackagePlace {
  file: string;
  row?: number;
  column?: string;
}

/** The English path of a place ("services.csv, row 3, column name"), as the CLI prints it. */
export function placePath(place: PackagePlace): string {
  return [
    place.file,
    ...(place.row !== undefined ? [`row ${place.row}`] : []),
    ...(place.column !== undefined ? [`column ${place.column}`] : []),
  ].join(', ');
}

/** A coded problem with its English message and, for a package, its place in the params. */
export function importProblem(
  path: string | PackagePlace,
  code: ImportProblemCode,
  params: ProblemParams = {},
): ImportProblem {
  const place = typeof path === 'string' ? {} : placeParams(path);
  return {
    path: typeof path === 'string' ? path : placePath(path),
    message: describeImportProblem(code, params),
    code,
    params: { ...params, ...place },
  };
}

/** The params that say where a problem of a package is. */
export function placeParams(place: PackagePlace): ProblemParams {
  return {
    file: place.file,
    ...(place.row !== undefined ? { row: place.row } : {}),
    ...(place.column !== undefined ? { column: place.column } : {}),
  };
}
