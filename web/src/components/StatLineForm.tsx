import { useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { ApiError } from "../api/client";
import { newIdempotencyKey, startStatLineImport } from "../api/imports";
import type { ImportMapping, Page } from "../api/types";
import { useApi } from "../api/useApi";
import { label, statLineCatalogNames } from "../labels";
import { Field, FormMessage, fieldProps, useSubmission, type FieldErrors } from "./Form";
import { groupFieldErrors, importMessage } from "./importMessages";
import { MappingDocumentField, mappingValue, ownMapping } from "./MappingDocumentField";
import { ErrorMessage } from "./Status";
import { NameOptions } from "./NameOptions";

const shownFields = ["table", "region", "mapping", "mappingDocument", "catalog", "year"];

/**
 * Names a StatLine table for the indicators service to read itself, for one gemeente with its wijken and buurten;
 * once the gateway has accepted the import, goes to the page that follows it. A mapping made for a table fills in
 * the table and its catalogue.
 */
export function StatLineForm() {
  const { route } = useLocation();
  const mappings = useApi<Page<ImportMapping>>("/api/v1/imports/mappings");
  const [mapping, setMapping] = useState("");
  const [mappingDocument, setMappingDocument] = useState<File | null>(null);
  const [table, setTable] = useState("");
  const [catalog, setCatalog] = useState("");
  const [region, setRegion] = useState("GM0014");
  const [year, setYear] = useState("");
  const key = useRef(newIdempotencyKey());
  const changed = () => (key.current = newIdempotencyKey());
  const submission = useSubmission((name) => shownFields.some((field) => name === field || name.startsWith(`${field}.`)), importMessage);
  const errors = groupFieldErrors(submission.errors, shownFields);

  const forTables = (mappings.data?.items ?? []).filter((m) => m.table !== null);
  const chosen = forTables.find((m) => mappingValue(m) === mapping);

  function chooseMapping(next: string) {
    setMapping(next);
    setMappingDocument(null);
    const made = forTables.find((m) => mappingValue(m) === next);
    if (made) {
      setTable(made.table ?? "");
      setCatalog(made.catalog ?? "");
    }
    changed();
  }

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (submission.busy) return;
    await submission.submit(async () => {
      const missing: FieldErrors = {};
      if (mapping === "") missing.mapping = ["Kies een mapping: die zegt welke kolommen van de tabel welke indicatoren of gebieden worden."];
      if (mapping === ownMapping && !mappingDocument) missing.mappingDocument = ["Kies het JSON-bestand met uw mapping."];
      if (table.trim() === "") missing.table = ["Vul de tabel in, zoals 50090NED."];
      if (region.trim() === "") missing.region = ["Vul de gemeentecode in, zoals GM0014."];
      if (Object.keys(missing).length > 0) throw new ApiError(400, { errors: missing });

      const run = await startStatLineImport(
        {
          table: table.trim(),
          region: region.trim(),
          mapping: mapping !== ownMapping ? mapping : null,
          mappingDocument: mapping === ownMapping ? mappingDocument : null,
          catalog: catalog || null,
          year: year.trim() || null,
        },
        key.current,
      );
      route(`/import/${run.id}`);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate data-testid="statline-form" aria-busy={submission.busy}>
      <FormMessage submission={submission} />

      <Field label="Mapping" name="mapping" errors={errors} hint={chosen ? (chosen.description ?? chosen.source) : "Welke kolommen van de tabel welke indicatoren of gebieden worden."}>
        <select {...fieldProps("mapping", errors, true)} data-testid="statline-mapping" value={mapping} onChange={(event) => chooseMapping(event.currentTarget.value)}>
          <option value="">Kies een mapping</option>
          {forTables.map((m) => (
            <option key={mappingValue(m)} value={mappingValue(m)}>
              {`${m.table}: ${m.source} (${m.name}, versie ${m.version})`}
            </option>
          ))}
          <option value={ownMapping}>Eigen mapping (JSON-bestand)</option>
        </select>
      </Field>
      {mappings.error && <ErrorMessage error={mappings.error} retry={mappings.reload} />}

      {mapping === ownMapping && (
        <MappingDocumentField
          errors={errors}
          hint="Een JSON-document zoals de ingebouwde mappings, met format cbs-odata-v3 of cbs-odata-v4."
          testId="statline-mapping-document"
          onChoose={(chosen) => {
            setMappingDocument(chosen);
            changed();
          }}
        />
      )}

      <Field label="Tabel" name="table" errors={errors} hint="De code van de tabel op StatLine, zoals 50090NED (RIVM, gezondheid per wijk en buurt) of 85984NED (kerncijfers 2024).">
        <input
          type="text"
          {...fieldProps("table", errors, true)}
          data-testid="statline-table"
          value={table}
          maxLength={12}
          autocomplete="off"
          onInput={(event) => {
            setTable(event.currentTarget.value);
            changed();
          }}
        />
      </Field>

      <Field label="Catalogus" name="catalog" errors={errors} hint="Waar StatLine de tabel bewaart; de mapping weet het meestal.">
        <select
          {...fieldProps("catalog", errors, true)}
          data-testid="statline-catalog"
          value={catalog}
          onChange={(event) => {
            setCatalog(event.currentTarget.value);
            changed();
          }}
        >
          <option value="">{chosen?.catalog ? `Die van de mapping: ${label(statLineCatalogNames, chosen.catalog)}` : "Die van de mapping, anders CBS"}</option>
          <NameOptions names={statLineCatalogNames} />
        </select>
      </Field>

      <Field label="Gemeente" name="region" errors={errors} hint="De gemeentecode van het CBS; de import leest de gemeente met al haar wijken en buurten.">
        <input
          type="text"
          {...fieldProps("region", errors, true)}
          data-testid="statline-region"
          value={region}
          maxLength={6}
          autocomplete="off"
          onInput={(event) => {
            setRegion(event.currentTarget.value);
            changed();
          }}
        />
      </Field>

      <Field label="Jaar (optioneel)" name="year" errors={errors} hint="Alleen voor een tabel zonder perioden waarvan de mapping het jaar niet noemt, zoals de kerncijfers wijken en buurten.">
        <input
          type="text"
          inputMode="numeric"
          {...fieldProps("year", errors, true)}
          data-testid="statline-year"
          value={year}
          maxLength={4}
          onInput={(event) => {
            setYear(event.currentTarget.value);
            changed();
          }}
        />
      </Field>

      <div class="actions">
        <button type="submit" disabled={submission.busy} data-testid="statline-submit">
          {submission.busy ? "Tabel opvragen…" : "Import starten"}
        </button>
        {submission.busy && (
          <span class="muted" role="status">
            De service vraagt de beschrijving van de tabel op bij StatLine; daarna volgt u hier hoe de tabel wordt ingelezen.
          </span>
        )}
      </div>
    </form>
  );
}
