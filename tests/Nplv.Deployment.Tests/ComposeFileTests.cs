using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Nplv.Deployment.Tests;

/// <summary>deploy/compose/compose.yaml against the app host's model: every process, port, database and reference.</summary>
[Collection(AppModelCollection.Name)]
public sealed class ComposeFileTests(AppModel model)
{
    private const string Postgres = "postgres";
    private readonly JsonNode _compose = ComposeFile.Load();

    [Fact]
    public void Every_project_resource_is_a_service_of_its_image_on_its_port()
    {
        var failures = new Failures();
        foreach (var project in model.Projects)
        {
            if (Service(project, failures) is not { } service)
            {
                continue;
            }

            var image = service["image"].Text() ?? "";
            failures.Check(image.Contains($"nplv-{project.Name}:", StringComparison.Ordinal), $"{project.Name}: image {image} is not nplv-{project.Name}");
            var ports = ComposeFile.ContainerPorts(service).ToList();
            failures.Check(ports.Contains(project.Port), $"{project.Name}: port {project.Port} is neither exposed nor published");
            failures.Check(!project.External || service["ports"].Items().Any(), $"{project.Name} is external, but publishes no port");
            if (!project.Http2)
            {
                failures.Check(ComposeFile.Environment(service).GetValueOrDefault("ASPNETCORE_HTTP_PORTS") == $"{project.Port}",
                    $"{project.Name}: ASPNETCORE_HTTP_PORTS is not {project.Port}");
            }
        }

        failures.AssertNone();
    }

    [Fact]
    public void Every_service_gets_the_databases_and_references_the_app_host_wires()
    {
        var failures = new Failures();
        foreach (var project in model.Projects)
        {
            if (Service(project, failures) is not { } service)
            {
                continue;
            }

            var environment = ComposeFile.Environment(service);
            var databases = environment.Keys.Where(key => key.StartsWith("ConnectionStrings__", StringComparison.Ordinal)).ToHashSet();
            var wantedDatabases = project.Databases.Select(database => $"ConnectionStrings__{database}").ToHashSet();
            failures.Check(databases.SetEquals(wantedDatabases), $"{project.Name}: connection strings [{string.Join(", ", databases)}], the app host gives [{string.Join(", ", wantedDatabases)}]");
            foreach (var database in project.Databases)
            {
                var value = environment.GetValueOrDefault($"ConnectionStrings__{database}") ?? "";
                failures.Check(value.Contains($"Host={Postgres};", StringComparison.Ordinal) && value.Contains($"Database={database};", StringComparison.Ordinal),
                    $"{project.Name}: ConnectionStrings__{database} does not name Host={Postgres} and Database={database}");
            }

            var references = environment.Keys.Where(key => key.StartsWith("services__", StringComparison.Ordinal)).ToHashSet();
            var wantedReferences = project.References.Select(reference => $"services__{reference}__http__0").ToHashSet();
            failures.Check(references.SetEquals(wantedReferences), $"{project.Name}: service references [{string.Join(", ", references)}], the app host wires [{string.Join(", ", wantedReferences)}]");
            foreach (var reference in project.References)
            {
                var url = environment.GetValueOrDefault($"services__{reference}__http__0");
                failures.Check(url == $"http://{reference}:{model.Project(reference).Port}",
                    $"{project.Name}: services__{reference}__http__0 is {url}, not http://{reference}:{model.Project(reference).Port}");
            }
        }

        failures.AssertNone();
    }

    [Fact]
    public void Every_service_has_a_health_check_and_starts_after_what_it_needs_is_healthy()
    {
        var failures = new Failures();
        failures.Check(ComposeFile.Service(_compose, Postgres)?["healthcheck"]?["test"] is not null, "postgres: no health check");
        foreach (var project in model.Projects)
        {
            if (Service(project, failures) is not { } service)
            {
                continue;
            }

            failures.Check(service["healthcheck"]?["test"].Items().Any() == true, $"{project.Name}: no health check");
            var needs = project.References.Concat(project.Databases.Count > 0 ? [Postgres] : []);
            foreach (var need in needs)
            {
                failures.Check(service["depends_on"]?[need]?["condition"].Text() == "service_healthy",
                    $"{project.Name}: does not wait for {need} to be healthy (depends_on with condition: service_healthy)");
            }
        }

        failures.AssertNone();
    }

    [Fact]
    public void Health_checks_of_h2c_services_ask_a_port_that_speaks_http1()
    {
        var failures = new Failures();
        foreach (var project in model.Projects)
        {
            if (Service(project, failures) is not { } service)
            {
                continue;
            }

            var test = string.Join(' ', service["healthcheck"]?["test"].Items().Select(item => item.Text()) ?? []);
            var checkedPort = Regex.Match(test, @"/dev/tcp/[^/\s]+/(\d+)") is { Success: true } match ? int.Parse(match.Groups[1].Value) : (int?)null;
            if (!project.Http2)
            {
                failures.Check(checkedPort is null || checkedPort == project.Port, $"{project.Name}: the health check asks port {checkedPort}, not {project.Port}");
                continue;
            }

            // Kestrel:Endpoints replace ASPNETCORE_HTTP_PORTS, so the h2c port must be among them; each endpoint
            // speaks HTTP/2 only (appsettings.json) unless it says otherwise.
            var endpoints = KestrelEndpoints(ComposeFile.Environment(service));
            failures.Check(endpoints.Count == 0 || endpoints.Any(endpoint => endpoint.Port == project.Port && endpoint.Protocols is null or "Http2"),
                $"{project.Name}: no Kestrel endpoint serves h2c on port {project.Port}");
            failures.Check(checkedPort is not null && endpoints.Any(endpoint => endpoint.Port == checkedPort && endpoint.Protocols?.StartsWith("Http1", StringComparison.Ordinal) == true),
                $"{project.Name}: the health check speaks HTTP/1 to port {checkedPort}, which is no Kestrel endpoint with Protocols Http1");
        }

        failures.AssertNone();
    }

    [Fact]
    public void Postgres_17_creates_every_database_at_its_first_start()
    {
        var postgres = ComposeFile.Service(_compose, Postgres);
        Assert.NotNull(postgres);
        Assert.StartsWith("postgres:17", postgres["image"].Text());

        var initFolder = postgres["volumes"].Items().Select(volume => volume.Text() ?? "")
            .Select(volume => volume.Split(':'))
            .Where(parts => parts.Length >= 2 && parts[1] == "/docker-entrypoint-initdb.d")
            .Select(parts => Path.GetFullPath(Path.Combine(ComposeFile.Directory, parts[0])))
            .SingleOrDefault();
        Assert.True(initFolder is not null && Directory.Exists(initFolder), "postgres mounts no existing folder at /docker-entrypoint-initdb.d");

        var scripts = string.Join('\n', Directory.GetFiles(initFolder, "*.sql").Select(File.ReadAllText));
        Assert.All(model.Databases, database =>
            Assert.Contains($"CREATE DATABASE {database};", scripts, StringComparison.OrdinalIgnoreCase));
    }

    private static List<(int Port, string? Protocols)> KestrelEndpoints(IReadOnlyDictionary<string, string> environment)
        => environment
            .Select(variable => (Match: Regex.Match(variable.Key, "^Kestrel__Endpoints__([^_]+)__Url$", RegexOptions.IgnoreCase), variable.Value))
            .Where(entry => entry.Match.Success)
            .Select(entry => (
                Port: int.TryParse(entry.Value.Split(':')[^1].TrimEnd('/'), out var port) ? port : -1,
                Protocols: (string?)environment.FirstOrDefault(variable => string.Equals(
                    variable.Key, $"Kestrel__Endpoints__{entry.Match.Groups[1].Value}__Protocols", StringComparison.OrdinalIgnoreCase)).Value))
            .ToList();

    private JsonNode? Service(ProjectSpec project, Failures failures)
    {
        var service = ComposeFile.Service(_compose, project.Name);
        failures.Check(service is not null, $"{project.Name}: no compose service named {project.Name}");
        return service;
    }
}
