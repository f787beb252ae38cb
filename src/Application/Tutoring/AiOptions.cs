namespace TutorBot.Application.Tutoring;

/// <summary>Which model answers free-form questions.</summary>
public enum AiProvider
{
    /// <summary>The offline tutor: answers from the course itself, no key, no network.</summary>
    Offline,

    /// <summary>Any OpenAI-compatible chat completions server (OpenAI, Ollama, llama.cpp, vLLM…).</summary>
    OpenAI,
}

/// <summary>The <c>Ai</c> configuration section.</summary>
public sealed class AiOptions
{
    public const string SectionName = "Ai";

    public AiProvider Provider { get; set; } = AiProvider.Offline;

    /// <summary>Base address of the OpenAI-compatible API, including <c>/v1</c>, e.g. <c>http://localhost:11434/v1</c>.</summary>
    public string? Endpoint { get; set; }

    public string? Model { get; set; }

    /// <summary>Sent as the bearer token; may be empty for local servers. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one model call may take, retries included, before the offline tutor answers instead.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How much of the stored conversation goes with a question, in characters of message text (about four
    /// characters make a token in English): the most recent messages that fit.
    /// </summary>
    public int ContextBudget { get; set; } = 6000;

    /// <summary>Tokens (in + out, as the model reports them) one student may use per UTC day; 0 = unlimited.</summary>
    public long DailyTokenQuota { get; set; }
}
