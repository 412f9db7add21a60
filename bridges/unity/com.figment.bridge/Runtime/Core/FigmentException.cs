using System;
using Figment.Bridge.Json;

namespace Figment.Bridge
{
    /// <summary>A call failed: the daemon's gRPC status code name, its message and the HTTP status.</summary>
    /// <remarks>
    /// Exceptions the client throws:
    /// <code>
    /// FigmentException              the daemon answered with an error, or the stream broke or stalled
    ///   └ FigmentConnectionException  no HTTP response at all (refused, reset, DNS): Code UNAVAILABLE
    /// OperationCanceledException    the caller's CancellationToken was cancelled
    /// </code>
    /// A failing stage inside a Conjure is not an exception: it arrives as a StageError event.
    /// </remarks>
    public class FigmentException : Exception
    {
        public FigmentException(string code, string message, int httpStatus = 0, Exception inner = null)
            : base(code + ": " + message, inner)
        {
            Code = code;
            DaemonMessage = message;
            HttpStatus = httpStatus;
        }

        /// <summary>A gRPC status code name: INVALID_ARGUMENT, UNAUTHENTICATED, DEADLINE_EXCEEDED, ...</summary>
        public string Code { get; private set; }

        /// <summary>The message as the daemon (or the client) wrote it, without the code.</summary>
        public string DaemonMessage { get; private set; }

        /// <summary>The HTTP status of the response; 0 when there was none.</summary>
        public int HttpStatus { get; private set; }

        /// <summary>Reads the gateway's error envelope <c>{"error": {"code", "message", "httpStatus"}}</c>.</summary>
        /// <returns>The exception, or null when <paramref name="body"/> is not such an envelope.</returns>
        public static FigmentException FromEnvelope(JsonValue body, int httpStatus)
        {
            var e = body == null ? null : body["error"];
            if (e == null || !e.IsObject || !e.Has("code")) return null;
            int status = e.Has("httpStatus") ? (int)e.GetDouble("httpStatus") : httpStatus;
            return new FigmentException(e.GetString("code"), e.GetString("message"), status);
        }

        /// <summary>The gRPC code name google.rpc maps an HTTP status to, for bodies without an envelope.</summary>
        public static string CodeForHttpStatus(int status)
        {
            switch (status)
            {
                case 400: return "INVALID_ARGUMENT";
                case 401: return "UNAUTHENTICATED";
                case 403: return "PERMISSION_DENIED";
                case 404: return "NOT_FOUND";
                case 409: return "ABORTED";
                case 429: return "RESOURCE_EXHAUSTED";
                case 499: return "CANCELLED";
                case 501: return "UNIMPLEMENTED";
                case 503: return "UNAVAILABLE";
                case 504: return "DEADLINE_EXCEEDED";
                default: return status >= 500 ? "INTERNAL" : "UNKNOWN";
            }
        }
    }

    /// <summary>No HTTP response arrived (connection refused, reset, name not resolved).</summary>
    public sealed class FigmentConnectionException : FigmentException
    {
        public FigmentConnectionException(string message, Exception inner = null)
            : base("UNAVAILABLE", message, 0, inner) { }
    }
}
