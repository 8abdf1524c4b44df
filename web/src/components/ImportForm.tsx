import { useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { ApiError } from "../api/client";
import { newIdempotencyKey, startImport } from "../api/imports";
import type { ImportMapping, Page } from "../api/types";
import { useApi } from "../api/useApi";
import { formatBytes, importFormatNames } from "../labels";
import { Field, FormMessage, fieldProps, useSubmission, type FieldErrors } from "./Form";
import { groupFieldErrors, importMessage } from "./importMessages";
import { MappingDocumentField, mappingValue, ownMapping } from "./MappingDocumentField";
import { ErrorMessage } from "./Status";
import { NameOptions } from "./NameOptions";

const shownFields = ["file", "format", "mapping", "mappingDocument", "metadata"];

const formatHints: Record<string, string> = {
  cbs_odata_v3: "Een pagina van de TypedDataSet van een CBS-tabel (opendata.cbs.nl), zoals CBS die levert.",
  cbs_odata_v4: "Een pagina Observations van een CBS-tabel (datasets.cbs.nl), zoals CBS die levert.",
  statline_csv: "Het CSV-bestand van de downloadknop van StatLine: puntkomma's, elk veld tussen aanhalingstekens, een punt voor een geheimgehouden cijfer.",
  leefbaarometer_csv: "De open-data-export van leefbaarometer.nl, met puntkomma's gescheiden.",
  long_csv: "Eén cijfer per regel, met de kolommen indicator, area, period (2024 of 2024JJ00), value, status en eventueel source.",
};

const metadataHints: Record<string, string> = {
  cbs_odata_v3: "De DataProperties (JSON) van de tabel. Daarmee controleert de import de eenheden en meldt hij alleen cijferkolommen die niet worden ingelezen.",
  cbs_odata_v4: "De MeasureCodes (JSON) van de tabel. Daarmee controleert de import de eenheden en meldt hij alleen maten die niet worden ingelezen.",
};

const isCbs = (format: string) => format in metadataHints;

/** The upload form; once the gateway has accepted the import, goes to the page that follows it. */
export function ImportForm() {
  const { route } = useLocation();
  const mappings = useApi<Page<ImportMapping>>("/api/v1/imports/mappings");
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState("");
  const [mapping, setMapping] = useState("");
  const [mappingDocument, setMappingDocument] = useState<File | null>(null);
  const [metadata, setMetadata] = useState<File | null>(null);
  // One key per upload as chosen: a double click or a retry after an outage starts one import, a changed choice a new one.
  const key = useRef(newIdempotencyKey());
  const changed = () => (key.current = newIdempotencyKey());
  const submission = useSubmission(
    (name) => shownFields.some((field) => name === field || name.startsWith(`${field}.`)),
    importMessage,
  );
  const errors = groupFieldErrors(submission.errors, shownFields);

  const fitting = (mappings.data?.items ?? []).filter((m) => m.format === format);
  const chosenMapping = fitting.find((m) => mappingValue(m) === mapping);

  function chooseFormat(next: string) {
    setFormat(next);
    // The newest mapping for the format, since most formats have one; the long CSV names its indicators itself.
    const first = (mappings.data?.items ?? []).find((m) => m.format === next);
    setMapping(next === "long_csv" || !first ? "" : mappingValue(first));
    setMappingDocument(null);
    if (!isCbs(next)) setMetadata(null);
    changed();
  }

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (submission.busy) return;
    await submission.submit(async () => {
      const missing: FieldErrors = {};
      if (!file) missing.file = ["Kies het bestand dat u wilt importeren."];
      if (!format) missing.format = ["Kies het formaat van het bestand."];
      else if (mapping === "" && format !== "long_csv") missing.mapping = ["Kies een mapping voor dit formaat."];
      if (mapping === ownMapping && !mappingDocument) missing.mappingDocument = ["Kies het JSON-bestand met uw mapping."];
      if (Object.keys(missing).length > 0) throw new ApiError(400, { errors: missing });

      const run = await startImport(
        {
          file: file!,
          format,
          mapping: mapping && mapping !== ownMapping ? mapping : null,
          mappingDocument: mapping === ownMapping ? mappingDocument : null,
          metadata: isCbs(format) ? metadata : null,
        },
        key.current,
      );
      route(`/import/${run.id}`);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate data-testid="import-form" aria-busy={submission.busy}>
      <FormMessage submission={submission} />

      <Field label="Bestand" name="file" errors={errors} hint={file ? `Gekozen: ${file.name}, ${formatBytes(file.size)}.` : "Een CSV- of JSON-bestand, zoals de bron het levert."}>
        <input
          type="file"
          {...fieldProps("file", errors, true)}
          data-testid="import-file"
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0] ?? null);
            changed();
          }}
        />
      </Field>

      <Field label="Formaat" name="format" errors={errors} hint={formatHints[format] ?? "Welk soort bestand het is; daarna kiest u de mapping."}>
        <select {...fieldProps("format", errors, true)} data-testid="import-format" value={format} onChange={(event) => chooseFormat(event.currentTarget.value)}>
          <option value="">Kies het formaat</option>
          <NameOptions names={importFormatNames} />
        </select>
      </Field>

      <Field label={format === "long_csv" ? "Mapping (niet nodig)" : "Mapping"} name="mapping" errors={errors} hint={mappingHint(format, mapping, chosenMapping)}>
        <select
          {...fieldProps("mapping", errors, true)}
          data-testid="import-mapping"
          value={mapping}
          disabled={!format}
          onChange={(event) => {
            setMapping(event.currentTarget.value);
            setMappingDocument(null);
            changed();
          }}
        >
          <option value="">{!format ? "Kies eerst het formaat" : format === "long_csv" ? "Geen: het bestand noemt de indicatoren zelf" : "Kies een mapping"}</option>
          {fitting.map((m) => (
            <option key={mappingValue(m)} value={mappingValue(m)}>
              {`${m.source} (${m.name}, versie ${m.version})`}
            </option>
          ))}
          {format && <option value={ownMapping}>Eigen mapping (JSON-bestand)</option>}
        </select>
      </Field>
      {mappings.error && <ErrorMessage error={mappings.error} retry={mappings.reload} />}

      {mapping === ownMapping && (
        <MappingDocumentField
          errors={errors}
          hint="Een JSON-document zoals de ingebouwde mappings: name, version, format, source en columns."
          testId="import-mapping-document"
          onChoose={(chosen) => {
            setMappingDocument(chosen);
            changed();
          }}
        />
      )}

      {isCbs(format) && (
        <Field label="Metadata van de tabel (optioneel)" name="metadata" errors={errors} hint={metadataHints[format]}>
          <input
            type="file"
            accept=".json,application/json"
            {...fieldProps("metadata", errors, true)}
            data-testid="import-metadata"
            onChange={(event) => {
              setMetadata(event.currentTarget.files?.[0] ?? null);
              changed();
            }}
          />
        </Field>
      )}

      <div class="actions">
        <button type="submit" disabled={submission.busy} data-testid="import-submit">
          {submission.busy ? "Bestand versturen…" : "Import starten"}
        </button>
        {submission.busy && (
          <span class="muted" role="status">
            Het bestand wordt verstuurd; daarna volgt u hier hoe het wordt ingelezen.
          </span>
        )}
      </div>
    </form>
  );
}

function mappingHint(format: string, mapping: string, chosen: ImportMapping | undefined): string {
  if (!format) return "Welke kolommen van de bron welke indicatoren worden.";
  if (mapping === ownMapping) return "U stuurt hieronder een mapping van uzelf mee.";
  if (chosen) return chosen.description ?? chosen.source;
  return format === "long_csv"
    ? "Alleen nodig om indicatoren te hernoemen of om te rekenen."
    : "Welke kolommen van de bron welke indicatoren worden.";
}
