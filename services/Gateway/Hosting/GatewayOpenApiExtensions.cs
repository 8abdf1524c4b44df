using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Nplv.Gateway.Exports;
using Scalar.AspNetCore;

namespace Nplv.Gateway.Hosting;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> (with the bearer scheme on the routes that need it) and the API page at <c>/scalar</c>.</summary>
public static class GatewayOpenApiExtensions
{
    private const string BearerScheme = "Bearer";

    public static IHostApplicationBuilder AddGatewayOpenApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "NPLV Groningen-Noord API";
                document.Info.Description = "Partners, measures, indicators and areas of the programme, and views combined from them. "
                    + "Reads are open, save imports' records; changes and those records need a bearer token.";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "A token with role programme-office, or partner-editor with a partner_id claim.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any())
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement
                    {
                        [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [],
                    });
                }

                var method = context.Description.HttpMethod;
                if (HttpMethods.IsPut(method ?? "") || HttpMethods.IsDelete(method ?? ""))
                {
                    AddHeader(operation, "If-Match", required: true, "The ETag of the version being changed; * for the current one.");
                }
                else if (HttpMethods.IsPost(method ?? "") && context.Description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true)
                {
                    AddHeader(operation, "Idempotency-Key", required: false, "Makes a retried POST safe: the same key and body answer the first result.");
                }

                DownloadsOpenApi.DocumentDownloads(operation, context);
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    private static void AddHeader(OpenApiOperation operation, string name, bool required, string description)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Header,
            Required = required,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }

    public static WebApplication MapGatewayOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(options => options.WithTitle("NPLV Groningen-Noord API"));
        return app;
    }
}
