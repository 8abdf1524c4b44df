using System.Reflection;
using Google.Protobuf;
using Grpc.Core;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Binds a gRPC service so that a request message that cannot be read (bytes that are no such protobuf message) is
/// answered <c>InvalidArgument</c>, the caller's error, rather than the <c>Unknown</c> ("Exception was thrown by
/// handler") gRPC gives by itself. The service class names it, with its generated base, in place of its generated
/// binding: <c>[BindServiceMethod(typeof(ReadableRequestMessages&lt;Greeter.GreeterBase&gt;), "BindService")]</c>.
/// </summary>
public static class ReadableRequestMessages<TServiceBase> where TServiceBase : class
{
    private static readonly MethodInfo GeneratedBindService = FindGeneratedBindService();

    /// <summary>The generated <c>BindService</c>, each method's request marshaller wrapped.</summary>
    public static void BindService(ServiceBinderBase binder, TServiceBase? service)
        => GeneratedBindService.Invoke(null, [new ReadableBinder(binder), service]);

    private static MethodInfo FindGeneratedBindService()
    {
        for (var type = typeof(TServiceBase); type is not null; type = type.BaseType)
        {
            if (type.GetCustomAttribute<BindServiceMethodAttribute>(inherit: false) is { } binding)
            {
                return binding.BindType.GetMethod(
                        binding.BindMethodName, BindingFlags.Public | BindingFlags.Static, [typeof(ServiceBinderBase), type])
                    ?? throw new InvalidOperationException($"{binding.BindType} has no {binding.BindMethodName}(ServiceBinderBase, {type}).");
            }
        }

        throw new InvalidOperationException($"{typeof(TServiceBase)} is not a generated gRPC service base.");
    }

    private static Method<TRequest, TResponse> Readable<TRequest, TResponse>(Method<TRequest, TResponse> method)
    {
        var read = method.RequestMarshaller.ContextualDeserializer;
        var requests = new Marshaller<TRequest>(method.RequestMarshaller.ContextualSerializer, context =>
        {
            try
            {
                return read(context);
            }
            catch (InvalidProtocolBufferException ex)
            {
                throw new RpcException(new Status(
                    StatusCode.InvalidArgument, $"The request is not a readable {typeof(TRequest).Name} message: {ex.Message}"));
            }
        });
        return new Method<TRequest, TResponse>(method.Type, method.ServiceName, method.Name, requests, method.ResponseMarshaller);
    }

    private sealed class ReadableBinder(ServiceBinderBase binder) : ServiceBinderBase
    {
        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler)
            => binder.AddMethod(Readable(method), handler);

        public override void AddMethod<TRequest, TResponse>(
            Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler)
            => binder.AddMethod(Readable(method), handler);

        public override void AddMethod<TRequest, TResponse>(
            Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler)
            => binder.AddMethod(Readable(method), handler);

        public override void AddMethod<TRequest, TResponse>(
            Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler)
            => binder.AddMethod(Readable(method), handler);
    }
}
