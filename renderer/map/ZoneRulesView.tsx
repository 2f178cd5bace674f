import type { ZoningView } from "../../shared/contract/requests";
import { useLanguage, useT } from "../i18n/useT";
import { zoneFill, zoneStroke } from "./zoneColours";
import { zoneRuleRows } from "./zoneRulesFormat";
import "../i18n/messages/map";

/**
 * The side panel of the map: the zone the parcel lies in and its rules,
 * as the zoning information note would state them.
 */
export function ZoneRulesView(props: { zoning: ZoningView | null }) {
  const t = useT();
  const { language } = useLanguage();
  const { zoning } = props;
  const zone = zoning?.zones.find((z) => z.id === zoning.parcelZoneId);

  return (
    <aside className="zone-rules" data-testid="zone-rules">
      <h3>{t("map.rules.title")}</h3>
      {zoning === null && <p>{t("map.loading")}</p>}
      {zoning !== null && zoning.plan === null && <p>{t("map.noPlan")}</p>}
      {zoning?.plan && (
        <p className="zone-rules-plan">
          {zoning.plan.name}
          {zoning.plan.approvedOn ? ` (${zoning.plan.approvedOn})` : ""}
        </p>
      )}
      {zoning?.plan && !zone && <p>{t("map.rules.outside")}</p>}
      {zone && (
        <>
          <p className="zone-rules-zone" data-testid="zone-code">
            <span
              className="zone-swatch"
              style={{
                background: zoneFill(zone.code, 0.6),
                borderColor: zoneStroke(zone.code),
              }}
            />
            <strong>{zone.code}</strong> <bdi>{zone.name}</bdi>
          </p>
          <dl className="zone-rules-list">
            {zoneRuleRows(zone.rules, language).map((row) => (
              <div
                key={row.rule}
                data-rule={row.rule}
                className={row.wide ? "is-wide" : undefined}
              >
                <dt>{row.label}</dt>
                {/* Plan wording may be in another language than the UI. */}
                <dd dir="auto">{row.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </aside>
  );
}
