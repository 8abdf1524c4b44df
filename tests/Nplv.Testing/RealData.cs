namespace Nplv.Testing;

/// <summary>
/// The real public figures in the shared reference data (<c>../shared/data/real</c> beside the repository, or
/// <c>NPLV_SHARED_DATA</c>): read from there by tests and benchmarks, never copied into the project.
/// </summary>
public static class RealData
{
    public const string Rivm18Plus = "rivm_50090NED_gezondheid_18plus_2012_2016_2020.csv";
    public const string Rivm65Plus = "rivm_50090NED_gezondheid_65plus_2012_2016_2020.csv";
    public const string Kwb2024 = "cbs_kwb_2024_85984NED_gm_wk.csv";

    /// <summary>The folder of the real files; a missing folder fails the test that needs it, saying where it looked.</summary>
    public static string Folder
    {
        get
        {
            if (Environment.GetEnvironmentVariable("NPLV_SHARED_DATA") is { Length: > 0 } configured)
            {
                return Path.Combine(configured, "real");
            }

            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Nplv.sln")))
                {
                    var real = Path.Combine(directory.FullName, "..", "shared", "data", "real");
                    return Directory.Exists(real)
                        ? Path.GetFullPath(real)
                        : throw new DirectoryNotFoundException($"The shared reference data is not at {Path.GetFullPath(real)} (set NPLV_SHARED_DATA).");
                }
            }

            throw new DirectoryNotFoundException("The repository root (Nplv.sln) was not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The rows of a tidy file: <c>indicator_source_column,area_code,area_name,year,value,source</c>.</summary>
    public static IReadOnlyList<TidyRow> Read(string file)
    {
        var rows = new List<TidyRow>();
        foreach (var line in File.ReadLines(Path.Combine(Folder, file)).Skip(1))
        {
            var fields = SplitCsvLine(line);
            rows.Add(new TidyRow(fields[0], fields[1], fields[2], int.Parse(fields[3]), fields[4]));
        }

        return rows;
    }

    private static List<string> SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}

/// <param name="Value">The figure as the source gives it: a number in invariant culture, or "." where it is suppressed.</param>
public sealed record TidyRow(string Column, string AreaCode, string AreaName, int Year, string Value);
