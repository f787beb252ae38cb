namespace TutorBot.Application.Common.Exceptions;

/// <summary>A request named something that does not exist, such as an unknown student id.</summary>
public sealed class NotFoundException(string entity, object key)
    : Exception($"No {entity.ToLowerInvariant()} with id {key}.")
{
    public string Entity { get; } = entity;

    public object Key { get; } = key;
}
