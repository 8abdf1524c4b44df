using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;

namespace Nplv.Partners.Tests;

[Collection(PartnersServiceCollection.Name)]
public sealed class HealthAndReflectionTests(PartnersServiceFixture fixture)
{
    [Fact]
    public async Task HealthServiceReportsServingOnceTheDatabaseAnswers()
    {
        var health = new Health.HealthClient(fixture.Service.Channel);

        var response = await health.CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task ReflectionListsThePartnersService()
    {
        var reflection = new ServerReflection.ServerReflectionClient(fixture.Service.Channel);
        using var call = reflection.ServerReflectionInfo();

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));

        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name);
        Assert.Contains("nplv.partners.v1.PartnersService", services);
        Assert.Contains("grpc.health.v1.Health", services);
    }
}
