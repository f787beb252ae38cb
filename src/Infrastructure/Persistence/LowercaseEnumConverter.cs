using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TutorBot.Infrastructure.Persistence;

/// <summary>Stores enums as the lowercase words the SPEC uses (<c>user</c>, <c>chat</c>…), readable in the file.</summary>
internal sealed class LowercaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => value.ToString().ToLowerInvariant(),
    value => Enum.Parse<TEnum>(value, true))
    where TEnum : struct, Enum;
