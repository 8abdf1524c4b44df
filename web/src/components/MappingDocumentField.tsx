import type { ImportMapping } from "../api/types";
import { Field, fieldProps, type FieldErrors } from "./Form";

/** The mapping choice that stands for a mapping document of one's own, sent with the import. */
export const ownMapping = "eigen";

/** A known mapping as the gateway takes it: `name@version`. */
export const mappingValue = (mapping: ImportMapping) => `${mapping.name}@${mapping.version}`;

/** The file input for a mapping document of one's own (JSON), shown when {@link ownMapping} is chosen. */
export function MappingDocumentField({ errors, hint, testId, onChoose }: { errors: FieldErrors; hint: string; testId: string; onChoose: (file: File | null) => void }) {
  return (
    <Field label="Eigen mapping" name="mappingDocument" errors={errors} hint={hint}>
      <input
        type="file"
        accept=".json,application/json"
        {...fieldProps("mappingDocument", errors, true)}
        data-testid={testId}
        onChange={(event) => onChoose(event.currentTarget.files?.[0] ?? null)}
      />
    </Field>
  );
}
