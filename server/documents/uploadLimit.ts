/**
 * The largest document the server stores or serves (a heavy A0 plan set
 * stays well below). The upload route and the CLI's registration share it.
 */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
