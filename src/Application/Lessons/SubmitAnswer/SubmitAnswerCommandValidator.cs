using FluentValidation;
using TutorBot.Application.Students;
using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Lessons.SubmitAnswer;

internal sealed class SubmitAnswerCommandValidator : AbstractValidator<SubmitAnswerCommand>
{
    public SubmitAnswerCommandValidator(ConversationLimits limits)
    {
        RuleFor(c => c.StudentId).MustBeStudentId();
        RuleFor(c => c.Answer)
            .Must(a => !string.IsNullOrWhiteSpace(a)).WithMessage("An answer cannot be empty.")
            .Must(a => a is null || a.Length <= limits.MaxMessageLength).WithMessage($"An answer can have at most {limits.MaxMessageLength} characters.");
        RuleFor(c => c.ExerciseId).Must(id => id is null || id.Length is > 0 and <= 100).WithMessage("Unknown exercise.");
        RuleFor(c => c.Try).InclusiveBetween(1, 2).WithMessage("An exercise has a first try and one retry.");
    }
}
