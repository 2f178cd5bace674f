import type { UserError } from "../../shared/contract/errors";

/**
 * The admin command line speaks English sentences: it runs on the server,
 * for the administrator, outside the workstation's translated UI. Keys not
 * listed here are printed with their parameters.
 */
const SENTENCES: Readonly<Record<string, string>> = {
  "cli.error.usage": "{message}",
  "cli.error.missingOption": "Missing --{option}. {usage}",
  "cli.error.portInUse":
    "Port {port} is already in use on 127.0.0.1. Stop the other server or pass --port 0.",
  "cli.error.badOption": "Invalid value for --{option}: {value}. {hint}",
  "cli.error.dataDir":
    "Cannot use '{path}' as the data directory ({reason}). " +
    "Give --data a directory you may create and write to.",
  "cli.error.noDocuments":
    "A dossier needs at least one document: add --doc KIND:PATH[:TITLE].",
  "document.error.fileTooLarge":
    "The document file '{path}' is {sizeMb} MB; the server accepts up to {limitMb} MB. " +
    "Split or compress it, then register it again.",
  "document.error.notAFile":
    "'{path}' is not a regular file (a device, pipe or directory). " +
    "Give the path of the PDF file itself.",
  "document.error.unreadable":
    "not a readable PDF: kept in the dossier, marked unreadable; ask the applicant for a new file",
  "document.error.passwordProtected":
    "protected by a password: kept in the dossier, marked unreadable; ask the applicant for a copy without a password",
  "document.error.implausible":
    "a sheet has an impossible size: kept in the dossier, marked unusable; ask the applicant for a new file",
  "document.error.noPages":
    "the PDF has no sheets: kept in the dossier, marked empty; ask the applicant for the plans",
  "document.error.tooManyAnnotations":
    "the file holds {count} annotations, more than the {limit} Lajna imports, so none were; " +
    "its sheets are registered as they are",
  "document.error.annotationsUnreadable":
    "its annotations could not be read, so none were imported; its sheets are registered as they are",
  "document.error.timeout":
    "checking it took too long: kept in the dossier, marked unreadable; ask the applicant for a new file",
  "service.error.badKey":
    "Service key '{key}' is invalid: use 1-40 lower-case letters, digits, - or _.",
  "service.error.duplicate": "A service with key '{key}' already exists.",
  "service.error.notFound":
    "No service has key '{key}'. Add it first with 'service add'.",
  "commission.error.duplicate": "A commission named '{name}' already exists.",
  "commission.error.notFound":
    "No commission is named '{name}'. Add it first with 'commission add'.",
  "commission.error.badQuorum": "The quorum must be a whole number, 0 or more.",
  "session.error.badDate":
    "The date '{date}' is not a real date written YYYY-MM-DD.",
  "session.error.duplicate":
    "This commission already has a session titled '{title}'.",
  "session.error.notFound":
    "The commission has no session titled '{title}'. Add it with 'session add'.",
  "user.error.duplicate": "The username '{username}' is taken.",
  "user.error.weakPassword": "The password must have at least 8 characters.",
  "user.error.memberNeedsService":
    "A member must represent a service: pass --service KEY.",
  "dossier.error.duplicateNumber":
    "A dossier numbered '{number}' is already registered; dossier numbers are unique.",
  "dossier.error.badNumber":
    "The dossier number '{number}' is invalid: use letters, digits, '-', '/', '.' or '_'.",
  "dossier.error.badDeadline":
    "The deadline '{deadline}' is not a date written YYYY-MM-DD.",
  "dossier.error.badParcel":
    "The parcel needs at least three points 'x,y' in EPSG:26191 metres, space-separated.",
  "dossier.warning.documentsRefused":
    "Dossier {number} is registered, but {refused} of {total} document(s) were refused " +
    "(see above) and are kept in it, marked unusable. Do not register it again: when the " +
    "applicant sends new files, add them with 'dossier resubmit --number {number}', " +
    "each ending in :revises=FILE_NAME of the file it replaces.",
  "dossier.warning.resubmittedDocumentsRefused":
    "Dossier {number} is in round {round}, but {refused} of {total} document(s) were " +
    "refused (see above) and are kept in it, marked unusable. Do not run this resubmission " +
    "again: when the applicant sends new files, add them with another 'dossier resubmit', " +
    "each ending in :revises=FILE_NAME of the file it replaces.",
  "dossier.error.unknownNumber":
    "No dossier is numbered '{number}'. Check the number on the receipt; 'dossier register' adds a new one.",
  "dossier.error.alreadyDecided":
    "Dossier '{number}' is already decided, so it cannot start another review round. " +
    "A new application is registered as a new dossier.",
  "dossier.error.revisesNotFound":
    "Dossier '{number}' has no document '{revises}' to revise. " +
    "Give the id or the file name of one of its documents after revises=.",
  "dossier.error.resubmittedMeanwhile":
    "Dossier '{number}' changed round while the files were being checked. Run the command again.",
  "document.error.fileNotFound": "Cannot read the document file '{path}'.",
  "document.error.badSpec":
    "Invalid --doc '{spec}': write KIND:PATH[:TITLE], KIND one of {kinds}.",
  "zoning.error.unknownCrs":
    "The coordinate system of '{file}' is not known ({detail}). " +
    "Pass --crs with its EPSG code, e.g. --crs EPSG:26191.",
  "zoning.error.ambiguousCrs":
    "'{file}' declares an ESRI Lambert projection on Clarke 1880 with no datum shift. " +
    "It looks like Lambert Nord Maroc, but read as EPSG:26191 (Merchich) its features may " +
    "move by about 950 m. Check the source and pass --crs EPSG:26191 to accept that reading.",
  "zoning.error.unsupportedCrs":
    "Lajna cannot use {crs}. Known systems: {known}.",
  "zoning.error.unreadable": "Cannot read zoning file '{file}': {detail}",
  "zoning.error.noZones": "'{file}' contains no polygon zones.",
  "zoning.error.coordinatesLookLikeDegrees":
    "The coordinates of '{file}' look like degrees (longitude, latitude), not {crs} metres. " +
    "Pass the file's real system with --crs, e.g. --crs EPSG:4326 for degrees.",
  "zoning.error.coordinatesOutOfArea":
    "'{file}' has a point ({x}, {y}) outside the area {crs} covers: the coordinates look like " +
    "another system's (degrees, UTM, another Lambert). Pass the right one with --crs.",
  "demo.error.alreadySeeded":
    "The demo data is already loaded (commission '{name}' exists). Use a fresh --data directory.",
  "zoning.error.duplicate":
    "The commune '{commune}' already has a zoning plan named '{name}'.",
};

/** The sentence for a UserError, parameters filled in. */
export function describeUserError(error: UserError): string {
  const template = SENTENCES[error.key];
  if (template === undefined) {
    const params = Object.entries(error.params)
      .map(([name, value]) => `${name}=${value}`)
      .join(", ");
    return params === "" ? error.key : `${error.key} (${params})`;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    String(error.params[name] ?? whole),
  );
}
