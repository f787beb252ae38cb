using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Domain.Students;

namespace TutorBot.Application.Tests.Unit.Validation;

public sealed class RegisterStudentCommandValidatorTests
{
    private readonly RegisterStudentCommandValidator _validator = new();

    [TestCase(null, TestName = "Validate_WithoutName_Passes")]
    [TestCase("Ann", TestName = "Validate_WithPlainName_Passes")]
    [TestCase("  José María 李  ", TestName = "Validate_WithPaddedUnicodeName_Passes")]
    public void Validate_WithAcceptableName_Passes(string? name)
    {
        Assert.That(_validator.Validate(new RegisterStudentCommand(1, name)).Errors, Is.Empty);
    }

    [Test]
    public void Validate_WithNameOfMaxLengthAfterTrimming_Passes()
    {
        var name = $"  {new string('n', Student.MaxDisplayNameLength)}  ";

        Assert.That(_validator.Validate(new RegisterStudentCommand(1, name)).Errors, Is.Empty);
    }

    [TestCase("", "A name cannot be blank.")]
    [TestCase("    ", "A name cannot be blank.")]
    [TestCase("Ann\nLee", "A name cannot contain control characters.")]
    [TestCase("Ann\u0000", "A name cannot contain control characters.")]
    public void Validate_WithUnacceptableName_IsRejected(string name, string expected)
    {
        var result = _validator.Validate(new RegisterStudentCommand(1, name));

        Assert.That(result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)),
            Is.EqualTo(new[] { (nameof(RegisterStudentCommand.DisplayName), expected) }));
    }

    [Test]
    public void Validate_WithTooLongName_IsRejected()
    {
        var name = new string('n', Student.MaxDisplayNameLength + 1);

        var result = _validator.Validate(new RegisterStudentCommand(1, name));

        Assert.That(result.Errors.Select(e => e.ErrorMessage), Is.EqualTo(new[] { "A name can have at most 256 characters." }));
    }
}
