using System.Diagnostics.CodeAnalysis;

namespace TutorBot.Domain.Teaching;

/// <summary>The ways a numeric answer may be written; an exercise allows one or more.</summary>
[Flags]
public enum NumberForms
{
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The form is named as teachers write it in course files.")]
    Decimal = 1,
    Fraction = 2,
    Percent = 4,
}
