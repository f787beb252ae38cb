namespace TutorBot.Application.Common.Exceptions;

/// <summary>A request broke a validation rule. Messages are written for the student or operator who sent it.</summary>
public sealed class ValidationException : Exception
{
    public ValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base(string.Join(" ", errors.Values.SelectMany(messages => messages)))
    {
        Errors = errors;
    }

    /// <summary>Messages per field of the request.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
