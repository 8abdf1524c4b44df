import { useState } from "preact/hooks";
import { ImportForm } from "../components/ImportForm";
import { PastImports } from "../components/PastImports";
import { ProgrammeOfficeOnly } from "../components/ProgrammeOfficeOnly";
import { ShapesImportForm } from "../components/ShapesImportForm";
import { StatLineForm } from "../components/StatLineForm";
import { usePageTitle } from "../usePageTitle";

type Source = "file" | "statline" | "shapes";

export function ImportPage() {
  usePageTitle("Cijfers importeren");
  const [source, setSource] = useState<Source>("file");
  return (
    <>
      <h1>Cijfers importeren</h1>
      <p class="lead">
        Lees cijfers of gebieden in uit een bestand van het CBS, de Leefbaarometer of een eigen lange CSV, of laat de service een tabel rechtstreeks
        bij CBS StatLine ophalen. De import controleert alles: vindt hij een fout, dan wordt er niets geschreven. Daarna volgt u hoe er wordt ingelezen.
      </p>
      <ProgrammeOfficeOnly what="cijfers importeren">
        <fieldset class="choice" data-testid="import-source">
          <legend>Waar komen de cijfers vandaan?</legend>
          <label>
            <input type="radio" name="source" value="file" checked={source === "file"} onChange={() => setSource("file")} data-testid="import-source-file" />
            Een bestand dat u hebt gedownload
          </label>
          <label>
            <input type="radio" name="source" value="statline" checked={source === "statline"} onChange={() => setSource("statline")} data-testid="import-source-statline" />
            Een tabel van CBS StatLine (de service haalt hem op; daarvoor is internet nodig)
          </label>
          <label>
            <input type="radio" name="source" value="shapes" checked={source === "shapes"} onChange={() => setSource("shapes")} data-testid="import-source-shapes" />
            De grenzen van de buurten en wijken voor de kaarten (de wijk- en buurtkaart van het CBS)
          </label>
        </fieldset>
        {source === "file" ? <ImportForm /> : source === "statline" ? <StatLineForm /> : <ShapesImportForm />}
        <PastImports />
      </ProgrammeOfficeOnly>
    </>
  );
}
