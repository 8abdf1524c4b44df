using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
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
                    + "Reads are open; changes need a bearer token.";
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

                return Task.CompletedTask;
            });
        });
        return builder;
    }

    public static WebApplication MapGatewayOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(options => options.WithTitle("NPLV Groningen-Noord API"));
        return app;
    }
}
