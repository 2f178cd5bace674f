import pino from "pino";

/** The demo subsystem's logger: no personal data, passwords or tokens. */
export const demoLog = pino({ name: "lajna" }).child({ subsystem: "demo" });
