import type { FastifyInstance, FastifyReply } from "fastify";
import { toPublicDossier } from "../public/publicDossier";
import {
  renderTrackedDossier,
  renderTrackingForm,
  renderUnknownDossier,
  trackingLanguage,
} from "../public/trackingPage";
import { latestVersion } from "../db/openDatabase";
import type { ServerContext } from "../serverContext";
import { HttpFailure } from "./httpErrors";

interface LangQuery {
  readonly lang?: string;
  readonly number?: string;
}

/** Public tracking (no sign-in) and the health check. */
export function registerPublicRoutes(
  app: FastifyInstance,
  context: ServerContext,
): void {
  const { store } = context;

  app.get("/api/health", async () => ({
    status: "ok",
    schemaVersion: latestVersion(),
  }));

  app.get<{ Params: { number: string } }>(
    "/api/public/dossiers/:number",
    async (request) => {
      const dossier = store.dossiers.findDossierByNumber(request.params.number);
      if (dossier === null)
        throw new HttpFailure(404, "dossier.error.notFound");
      return toPublicDossier(dossier);
    },
  );

  app.get<{ Querystring: LangQuery }>("/track", async (request, reply) =>
    asHtml(reply).send(
      renderTrackingForm(trackingLanguage(request.query.lang)),
    ),
  );

  // The form submits here; a redirect keeps one address per dossier.
  app.get<{ Querystring: LangQuery }>(
    "/track/lookup",
    async (request, reply) => {
      const number = (request.query.number ?? "").trim();
      const lang = trackingLanguage(request.query.lang);
      return reply.redirect(
        `/track/${encodeURIComponent(number)}?lang=${lang}`,
      );
    },
  );

  app.get<{ Params: { number: string }; Querystring: LangQuery }>(
    "/track/:number",
    async (request, reply) => {
      const language = trackingLanguage(request.query.lang);
      const dossier = store.dossiers.findDossierByNumber(request.params.number);
      asHtml(reply);
      if (dossier === null) {
        return reply
          .status(404)
          .send(renderUnknownDossier(language, request.params.number));
      }
      return reply.send(
        renderTrackedDossier(language, toPublicDossier(dossier)),
      );
    },
  );
}

/**
 * Public pages are plain server-rendered HTML: no script, no external
 * resource, so the strictest policy applies and escaping mistakes cannot
 * run code.
 */
function asHtml(reply: FastifyReply): FastifyReply {
  return reply
    .type("text/html; charset=utf-8")
    .header(
      "Content-Security-Policy",
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
    )
    .header("X-Content-Type-Options", "nosniff")
    .header("Referrer-Policy", "no-referrer");
}
