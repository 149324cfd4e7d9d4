// CKAN's answer shapes: {help, success, result} and {help, success: false, error: {__type, …}} with CKAN's statuses.

/** The CKAN version whose Action API behaviour is emulated (ckan/ckan tag ckan-2.11.5). */
export const CKAN_VERSION = "2.11.5";

export type CkanErrorType = "Validation Error" | "Not Found Error" | "Authorization Error" | "Search Query Error" | "Search Error" | "Internal Server Error";

const STATUS: Record<CkanErrorType, number> = {
  "Validation Error": 409, "Not Found Error": 404, "Authorization Error": 403, "Search Query Error": 400, "Search Error": 409,
  "Internal Server Error": 500,
};

/** A request CKAN would refuse: thrown inside an action, answered by the CKAN scope's error handler. */
export class CkanError extends Error {
  readonly status: number;
  constructor(readonly type: CkanErrorType, readonly detail: Record<string, unknown>) {
    super(typeof detail.message === "string" ? detail.message : type);
    this.status = STATUS[type];
  }
}

export const notFound = (detail?: string) => new CkanError("Not Found Error", { message: detail ? `Not found: ${detail}` : "Not found" });
export const missing = (field: string) => new CkanError("Validation Error", { [field]: ["Missing value"] });
export const invalid = (field: string, message: string) => new CkanError("Validation Error", { [field]: [message] });
/** A ValidationError in its message form (CKAN raises ValidationError({"message": …}) for e.g. a bad sort). */
export const invalidRequest = (message: string) => new CkanError("Validation Error", { message });
export const searchError = (message: string) => new CkanError("Search Error", { message: `Search error: ${message}` });
export const searchQueryError = (message: string) => new CkanError("Search Query Error", { message: `Search Query is invalid: ${message}` });

export const helpUrl = (base: string, action: string) => `${base}/api/3/action/help_show?name=${encodeURIComponent(action)}`;

export const success = (help: string, result: unknown) => ({ help, success: true, result });

export const failure = (help: string, err: CkanError) => ({ help, success: false, error: { ...err.detail, __type: err.type } });
