using FluentValidation;
using TutorBot.Application.Conversations;
using TutorBot.Application.Students;
using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Tutoring.AskTutor;

internal sealed class AskTutorQueryValidator : AbstractValidator<AskTutorQuery>
{
    public AskTutorQueryValidator(ConversationLimits limits)
    {
        RuleFor(q => q.StudentId).MustBeStudentId();

        // The question is stored with the answer (RecordTutorAnswer) under the same rules: a question that could not
        // be stored is refused before the model is asked, not after.
        RuleFor(q => q.Question).MustBeStorable(limits, _ => true);
    }
}
