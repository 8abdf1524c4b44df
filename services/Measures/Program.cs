using Nplv.Measures;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceDefaults();
builder.AddMeasuresServices();

var app = builder.Build();

app.MapGrpcServiceDefaults();
app.MapMeasuresServices();

app.Run();
