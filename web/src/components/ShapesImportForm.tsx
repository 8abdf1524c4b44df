import { useState } from "preact/hooks";
import { ApiError } from "../api/client";
import { importAreaShapes, type AreaShapeImport } from "../api/shapes";
import { cityCode } from "../city";
import { formatBytes } from "../labels";
import { Field, FormMessage, fieldProps, useSubmission, type FieldErrors } from "./Form";

const shownFields = ["file", "format", "year", "region", "source"];

/** GeoPackage files are SQLite databases; anything else CBS publishes for the kaart is GeoJSON. */
const formatOf = (name: string) => (/\.gpkg$/i.test(name) ? "geopackage" : "geojson");

/**
 * The outlines of the buurten and wijken for the maps, from CBS's wijk- en buurtkaart as published (GeoJSON or
 * GeoPackage, RD New or WGS84). The import is quick and all or nothing, so its outcome is shown here at once.
 */
export function ShapesImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<"geojson" | "geopackage">("geojson");
  const [year, setYear] = useState("");
  // A year read from a file's name gives way to the next file's; one typed in stays.
  const [yearFromName, setYearFromName] = useState(true);
  const [region, setRegion] = useState(cityCode);
  const [source, setSource] = useState("");
  const [outcome, setOutcome] = useState<AreaShapeImport | null>(null);
  const submission = useSubmission((name) => shownFields.includes(name));
  const errors = submission.errors;

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (submission.busy) return;
    setOutcome(null);
    await submission.submit(async () => {
      const missing: FieldErrors = {};
      if (!file) missing.file = ["Kies het bestand van de kaart."];
      if (!/^\d{4}$/.test(year)) missing.year = ["Vul het jaar van de kaart in, zoals 2024."];
      if (Object.keys(missing).length > 0) throw new ApiError(400, { errors: missing });
      setOutcome(
        await importAreaShapes({ file: file!, format, year: Number(year), region: region.trim(), source: source.trim() || `CBS Wijk- en buurtkaart ${year}` }),
      );
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate data-testid="shapes-form" aria-busy={submission.busy}>
      <FormMessage submission={submission} />
      <Field label="Bestand" name="file" errors={errors} hint={file ? `Gekozen: ${file.name}, ${formatBytes(file.size)}.` : "De wijk- en buurtkaart zoals het CBS hem publiceert: GeoJSON of GeoPackage, in RD New of WGS84; tot 256 MB."}>
        <input
          type="file"
          accept=".geojson,.json,.gpkg"
          {...fieldProps("file", errors, true)}
          data-testid="shapes-file"
          onChange={(event) => {
            const chosen = event.currentTarget.files?.[0] ?? null;
            setFile(chosen);
            if (chosen) setFormat(formatOf(chosen.name));
            const named = chosen?.name.match(/(20\d\d)/)?.[1];
            if (yearFromName) setYear(named ?? "");
          }}
        />
      </Field>
      <Field label="Formaat" name="format" errors={errors}>
        <select {...fieldProps("format", errors)} value={format} onChange={(event) => setFormat(event.currentTarget.value as "geojson" | "geopackage")} data-testid="shapes-format">
          <option value="geojson">GeoJSON</option>
          <option value="geopackage">GeoPackage</option>
        </select>
      </Field>
      <Field label="Jaar van de kaart" name="year" errors={errors} hint="De indeling van dat jaar: elke code in de kaart moet in dat jaar bekend zijn.">
        <input type="text" inputMode="numeric" {...fieldProps("year", errors, true)} value={year} onInput={(event) => {
            setYear(event.currentTarget.value);
            setYearFromName(false);
          }} data-testid="shapes-year" />
      </Field>
      <Field label="Gemeente" name="region" errors={errors} hint="Alleen de buurten en wijken van deze gemeente uit een landelijke kaart; leeg voor alles.">
        <input type="text" {...fieldProps("region", errors, true)} value={region} onInput={(event) => setRegion(event.currentTarget.value)} data-testid="shapes-region" />
      </Field>
      <Field label="Bron" name="source" errors={errors} hint={`Leeg: "CBS Wijk- en buurtkaart ${year || "<jaar>"}".`}>
        <input type="text" {...fieldProps("source", errors, true)} value={source} onInput={(event) => setSource(event.currentTarget.value)} data-testid="shapes-source" />
      </Field>
      <div class="actions">
        <button type="submit" disabled={submission.busy} data-testid="shapes-submit">
          {submission.busy ? "Kaart inlezen…" : "Kaart inlezen"}
        </button>
      </div>
      {outcome && (
        <p class="notice notice-success" role="status" data-testid="shapes-outcome">
          Kaart {outcome.divisionYear} ingelezen: {outcome.written} grenzen nieuw of gewijzigd, {outcome.unchanged} ongewijzigd
          {outcome.skipped > 0 ? `, ${outcome.skipped} buiten de gemeente overgeslagen` : ""}. De kaarten bij de <a href="/indicatoren">indicatoren</a> gebruiken
          ze meteen.
        </p>
      )}
    </form>
  );
}
