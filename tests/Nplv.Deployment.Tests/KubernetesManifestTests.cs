using System.Text.Json.Nodes;

namespace Nplv.Deployment.Tests;

/// <summary>deploy/kubernetes against the app host's model: every process, port, database and reference.</summary>
[Collection(AppModelCollection.Name)]
public sealed class KubernetesManifestTests(AppModel model)
{
    private const string H2c = "kubernetes.io/h2c";
    private readonly KubernetesBase _base = KubernetesBase.Load();

    [Fact]
    public void The_kustomization_lists_existing_files_in_namespace_nplv_and_commits_no_secret()
    {
        var failures = new Failures();
        failures.Check(_base.Kustomization["namespace"].Text() == "nplv", "kustomization.yaml: namespace is not nplv");
        failures.Check(_base.Files.Count > 0, "kustomization.yaml lists no resources");
        foreach (var file in _base.Files)
        {
            failures.Check(File.Exists(file), $"kustomization.yaml lists {Path.GetFileName(file)}, which does not exist");
        }

        foreach (var item in _base.Objects)
        {
            failures.Check(item["apiVersion"].Text() is { Length: > 0 } && item["kind"].Text() is { Length: > 0 } && item["metadata"]?["name"].Text() is { Length: > 0 },
                $"an object without apiVersion, kind or metadata.name: {item.ToJsonString()[..Math.Min(120, item.ToJsonString().Length)]}");
        }

        failures.Check(!_base.OfKind("Secret").Any(), "a Secret is part of the base; it must be created in the cluster, not committed");
        failures.AssertNone();
    }

    [Fact]
    public void Every_project_resource_has_a_deployment_of_its_image_and_a_service_on_its_port()
    {
        var failures = new Failures();
        var images = _base.Kustomization["images"].Items().Select(image => image["name"].Text()).ToHashSet();
        foreach (var project in model.Projects)
        {
            if (Deployment(project, failures) is not { } container)
            {
                continue;
            }

            var image = container["image"].Text() ?? "";
            var imageName = image.Split('@')[0];
            imageName = imageName.LastIndexOf(':') > imageName.LastIndexOf('/') ? imageName[..imageName.LastIndexOf(':')] : imageName;
            failures.Check(imageName.EndsWith($"/nplv-{project.Name}", StringComparison.Ordinal),
                $"{project.Name}: image {image} is not nplv-{project.Name} under a registry");
            failures.Check(images.Contains(imageName), $"{project.Name}: kustomization.yaml has no images: entry for {imageName}");
            failures.Check(container["ports"].Items().Any(port => port["containerPort"].Text() == $"{project.Port}"),
                $"{project.Name}: the container does not declare port {project.Port}");

            var service = _base.Find("Service", project.Name);
            if (service is null)
            {
                failures.Fail($"{project.Name}: no Service named {project.Name}");
                continue;
            }

            failures.Check(service["spec"]?["ports"].Items().Any(port => KubernetesBase.PortNumber(container, port["targetPort"] ?? port["port"]) == project.Port) == true,
                $"{project.Name}: the Service sends nothing to port {project.Port}");
            var labels = service["spec"]?["selector"] as JsonObject;
            var podLabels = _base.Find("Deployment", project.Name)?["spec"]?["template"]?["metadata"]?["labels"];
            failures.Check(labels is { Count: > 0 } && labels.All(label => podLabels?[label.Key].Text() == label.Value.Text()),
                $"{project.Name}: the Service's selector does not select the Deployment's pods");
        }

        failures.AssertNone();
    }

    [Fact]
    public void Grpc_services_are_reached_over_h2c()
    {
        var failures = new Failures();
        foreach (var project in model.Projects.Where(project => project.Http2))
        {
            var ports = _base.Find("Service", project.Name)?["spec"]?["ports"].Items().ToList() ?? [];
            failures.Check(ports.Count > 0, $"{project.Name}: no Service ports");
            foreach (var port in ports)
            {
                failures.Check(port["name"].Text() is "grpc" or "http2", $"{project.Name}: Service port {port["name"].Text()} is not named grpc or http2");
                failures.Check(port["appProtocol"].Text() == H2c, $"{project.Name}: Service port {port["name"].Text()} has no appProtocol {H2c}");
            }
        }

        failures.AssertNone();
    }

    [Fact]
    public void Every_database_connection_comes_from_the_secret_and_only_where_the_model_puts_it()
    {
        var failures = new Failures();
        var example = Yaml.ReadDocument(Path.Combine(KubernetesBase.Directory, "secrets.example.yaml"));
        var secretName = example["metadata"]?["name"].Text();
        foreach (var project in model.Projects)
        {
            if (Deployment(project, failures) is not { } container)
            {
                continue;
            }

            var given = KubernetesBase.Env(container).Select(item => item["name"].Text() ?? "")
                .Where(name => name.StartsWith("ConnectionStrings__", StringComparison.Ordinal)).ToHashSet();
            var wanted = project.Databases.Select(database => $"ConnectionStrings__{database}").ToHashSet();
            failures.Check(given.SetEquals(wanted), $"{project.Name}: connection strings [{string.Join(", ", given)}], the app host gives [{string.Join(", ", wanted)}]");
            foreach (var database in project.Databases)
            {
                var reference = KubernetesBase.EnvVar(container, $"ConnectionStrings__{database}")?["valueFrom"]?["secretKeyRef"];
                failures.Check(reference is not null, $"{project.Name}: ConnectionStrings__{database} is not read from a Secret (secretKeyRef)");
                failures.Check(reference is null || (reference["name"].Text() == secretName && example["stringData"]?[reference["key"].Text() ?? ""] is not null),
                    $"{project.Name}: ConnectionStrings__{database} reads a Secret key that secrets.example.yaml does not show");
            }
        }

        failures.Check(model.Databases.All(database => example["stringData"]?[database] is not null), "secrets.example.yaml does not show every database");
        failures.AssertNone();
    }

    [Fact]
    public void Every_service_reference_points_at_the_referenced_service()
    {
        var failures = new Failures();
        foreach (var project in model.Projects)
        {
            if (Deployment(project, failures) is not { } container)
            {
                continue;
            }

            var given = KubernetesBase.Env(container).Select(item => item["name"].Text() ?? "")
                .Where(name => name.StartsWith("services__", StringComparison.Ordinal)).ToHashSet();
            var wanted = project.References.Select(reference => $"services__{reference}__http__0").ToHashSet();
            failures.Check(given.SetEquals(wanted), $"{project.Name}: service references [{string.Join(", ", given)}], the app host wires [{string.Join(", ", wanted)}]");
            foreach (var reference in project.References)
            {
                var url = KubernetesBase.EnvVar(container, $"services__{reference}__http__0")?["value"].Text();
                var servicePorts = _base.Find("Service", reference)?["spec"]?["ports"].Items().Select(port => port["port"].Text()) ?? [];
                failures.Check(servicePorts.Any(port => url == $"http://{reference}:{port}"),
                    $"{project.Name}: services__{reference}__http__0 is {url}, not http://{reference}:<a port of the Service {reference}>");
            }
        }

        failures.AssertNone();
    }

    [Fact]
    public void Every_deployment_has_readiness_and_liveness_probes_grpc_ones_for_h2c()
    {
        var failures = new Failures();
        foreach (var project in model.Projects)
        {
            if (Deployment(project, failures) is not { } container)
            {
                continue;
            }

            var readiness = container["readinessProbe"];
            var liveness = container["livenessProbe"];
            failures.Check(readiness is not null && liveness is not null, $"{project.Name}: no readiness or liveness probe");
            if (project.Http2)
            {
                // kubelet's httpGet speaks HTTP/1.1, which an h2c-only port refuses.
                failures.Check(readiness?["grpc"] is { } ready && ready["port"].Text() == $"{project.Port}" && (ready["service"].Text() ?? "") == "",
                    $"{project.Name}: readiness is not a grpc probe of service \"\" on port {project.Port}");
                failures.Check(liveness?["grpc"] is { } live && live["port"].Text() == $"{project.Port}" && live["service"].Text() == "liveness",
                    $"{project.Name}: liveness is not a grpc probe of service \"liveness\" on port {project.Port}");
                failures.Check(new[] { readiness, liveness, container["startupProbe"] }.All(probe => probe?["httpGet"] is null),
                    $"{project.Name}: an httpGet probe on an h2c-only port");
            }
            else
            {
                failures.Check(HttpGet(container, readiness) == ("/health", project.Port), $"{project.Name}: readiness is not httpGet /health on port {project.Port}");
                failures.Check(HttpGet(container, liveness) == ("/alive", project.Port), $"{project.Name}: liveness is not httpGet /alive on port {project.Port}");
            }
        }

        failures.AssertNone();
    }

    [Fact]
    public void Every_container_requests_and_limits_cpu_and_memory()
    {
        var failures = new Failures();
        foreach (var deployment in _base.OfKind("Deployment"))
        {
            foreach (var container in deployment["spec"]?["template"]?["spec"]?["containers"].Items() ?? [])
            {
                var resources = container["resources"];
                foreach (var (kind, resource) in new[] { ("requests", "cpu"), ("requests", "memory"), ("limits", "cpu"), ("limits", "memory") })
                {
                    failures.Check(resources?[kind]?[resource].Text() is { Length: > 0 },
                        $"{deployment["metadata"]?["name"].Text()}/{container["name"].Text()}: no {kind}.{resource}");
                }
            }
        }

        failures.Check(_base.OfKind("Deployment").Any(), "no Deployments");
        failures.AssertNone();
    }

    [Fact]
    public void Every_stateless_process_scales_with_an_autoscaler()
    {
        var failures = new Failures();
        var autoscalers = _base.OfKind("HorizontalPodAutoscaler").ToList();
        foreach (var project in model.Projects)
        {
            var autoscaler = autoscalers.SingleOrDefault(item =>
                item["spec"]?["scaleTargetRef"]?["kind"].Text() == "Deployment" && item["spec"]?["scaleTargetRef"]?["name"].Text() == project.Name);
            if (autoscaler is null)
            {
                failures.Fail($"{project.Name}: no HorizontalPodAutoscaler scales its Deployment");
                continue;
            }

            var min = int.TryParse(autoscaler["spec"]?["minReplicas"].Text(), out var minReplicas) ? minReplicas : 1;
            var max = int.TryParse(autoscaler["spec"]?["maxReplicas"].Text(), out var maxReplicas) ? maxReplicas : 0;
            failures.Check(min >= 2 && max > min, $"{project.Name}: the autoscaler's replicas ({min}-{max}) leave no room, or no second pod for a rollout");
            failures.Check(autoscaler["spec"]?["metrics"].Items().Any() == true, $"{project.Name}: the autoscaler has no metrics");
        }

        failures.AssertNone();
    }

    [Fact]
    public void Every_process_names_itself_in_telemetry_and_exports_it_where_the_config_map_says()
    {
        var failures = new Failures();
        foreach (var project in model.Projects)
        {
            if (Deployment(project, failures) is not { } container)
            {
                continue;
            }

            failures.Check(KubernetesBase.EnvVar(container, "OTEL_SERVICE_NAME")?["value"].Text() == project.Name, $"{project.Name}: OTEL_SERVICE_NAME is not {project.Name}");
            var reference = KubernetesBase.EnvVar(container, "OTEL_EXPORTER_OTLP_ENDPOINT")?["valueFrom"]?["configMapKeyRef"];
            var configMap = _base.Find("ConfigMap", reference?["name"].Text() ?? "");
            failures.Check(configMap?["data"]?[reference?["key"].Text() ?? ""] is not null,
                $"{project.Name}: OTEL_EXPORTER_OTLP_ENDPOINT is not read from a key of a ConfigMap in the base");
        }

        failures.AssertNone();
    }

    [Fact]
    public void External_processes_have_an_ingress_and_the_gateway_its_identity_provider_and_upload_folder()
    {
        var failures = new Failures();
        var backends = _base.OfKind("Ingress")
            .SelectMany(ingress => ingress["spec"]?["rules"].Items() ?? [])
            .SelectMany(rule => rule["http"]?["paths"].Items() ?? [])
            .Select(path => path["backend"]?["service"]?["name"].Text())
            .ToHashSet();
        foreach (var project in model.Projects.Where(project => project.External))
        {
            failures.Check(backends.Contains(project.Name), $"{project.Name} is external, but no Ingress sends to it");
        }

        if (Deployment(model.Project("gateway"), failures) is { } gateway)
        {
            foreach (var name in new[] { "Authentication__Schemes__Bearer__Authority", "Authentication__Schemes__Bearer__ValidAudiences__0" })
            {
                failures.Check(KubernetesBase.EnvVar(gateway, name) is not null, $"gateway: no {name}");
            }

            var folder = KubernetesBase.EnvVar(gateway, "Gateway__Imports__TempDirectory")?["value"].Text();
            failures.Check(gateway["volumeMounts"].Items().Any(mount => mount["mountPath"].Text() == folder),
                $"gateway: Gateway__Imports__TempDirectory ({folder}) is not a mounted volume");
        }

        failures.AssertNone();
    }

    private JsonNode? Deployment(ProjectSpec project, Failures failures)
    {
        var deployment = _base.Find("Deployment", project.Name);
        var container = deployment is null ? null : KubernetesBase.Container(deployment);
        failures.Check(container is not null, $"{project.Name}: no Deployment named {project.Name} with its container");
        return container;
    }

    private static (string?, int?) HttpGet(JsonNode container, JsonNode? probe)
        => probe?["httpGet"] is { } get ? (get["path"].Text(), KubernetesBase.PortNumber(container, get["port"])) : (null, null);
}
