using Microsoft.Extensions.Logging;

namespace TutorBot.Application.Common.Behaviours;

/// <summary>
/// Source-generated log messages of the pipeline. Requests are logged by name only: their fields hold
/// students' words, which do not belong in logs.
/// </summary>
internal static partial class PipelineLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Handling {RequestName}")]
    public static partial void Handling(ILogger logger, string requestName);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {RequestName} in {ElapsedMs:0.0} ms")]
    public static partial void Handled(ILogger logger, string requestName, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{RequestName} refused: {Reason}")]
    public static partial void Refused(ILogger logger, string requestName, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{RequestName} failed")]
    public static partial void Failed(ILogger logger, Exception exception, string requestName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slow request {RequestName}: {ElapsedMs:0} ms (threshold {ThresholdMs:0} ms)")]
    public static partial void Slow(ILogger logger, string requestName, double elapsedMs, double thresholdMs);
}
