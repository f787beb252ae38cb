using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Lessons;
using TutorBot.Application.Tests.Functional.Lessons;
using TutorBot.Application.Tutoring;
using TutorBot.Application.Tutoring.AskTutor;
using TutorBot.Application.Tutoring.GetTutorFocus;
using TutorBot.Infrastructure.Persistence;
using TutorBot.Testing;

namespace TutorBot.Application.Tests.Functional.Tutoring;

/// <summary>
/// GetTutorFocus sees the open exercise exactly as GetOpenExercise does; AskTutor reads the open attempt only when it
/// is not given the focus, and the offline tutor reads no conversation.
/// </summary>
public sealed class TutorFocusTests : LessonTest
{
    private const string Attempts = "LessonAttempts";
    private const string Messages = "ConversationMessages";

    private readonly ReadLog _reads = new();

    [Test]
    public async Task GetTutorFocus_WithoutALesson_IsNone()
    {
        await StartWithReadLogAsync();
        await RegisterAsync(Ann);

        Assert.That(await SendAsync(new GetTutorFocusQuery(Ann)), Is.EqualTo(TutorFocus.None));
    }

    [Test]
    public async Task GetTutorFocus_InAnExercise_IsTheLessonAndTheExerciseGetOpenExerciseSees()
    {
        await StartWithReadLogAsync();
        await RegisterAsync(Ann);
        await SendAsync(new StartLessonCommand(Ann, 1));

        var focus = await SendAsync(new GetTutorFocusQuery(Ann));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(focus.Lesson, Is.EqualTo(new LessonRefDto(1, "basics", "Basics")));
            Assert.That(focus.Exercise, Is.Not.Null.And.EqualTo(await SendAsync(new GetOpenExerciseQuery(Ann))));
        }
    }

    [TestCase(true, TestName = "GetTutorFocus_OpenExerciseLeftTheCourse_SeesTheNextOneAsGetOpenExerciseDoes")]
    [TestCase(false, TestName = "GetTutorFocus_EveryExerciseLeftLeftTheCourse_SeesNoExerciseAsGetOpenExerciseDoes")]
    public async Task GetTutorFocus_ExercisesLeftTheCourse_AgreesWithGetOpenExercise(bool oneStays)
    {
        await StartWithReadLogAsync(SmallCourse(Choice(), Text()));
        await RegisterAsync(Ann);
        await SendAsync(new StartLessonCommand(Ann, 1));

        // The course is edited between two runs of the bot: the open exercise (and perhaps the rest) is gone.
        await Host.DisposeAsync();
        await StartWithReadLogAsync(SmallCourse(oneStays ? [Text()] : [Number("other")]));

        var focus = await SendAsync(new GetTutorFocusQuery(Ann));
        var open = await SendAsync(new GetOpenExerciseQuery(Ann));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(focus.Exercise, Is.EqualTo(open));
            Assert.That(focus.Exercise?.Id, Is.EqualTo(oneStays ? "t1" : null));
            Assert.That(focus.Lesson?.Id, Is.EqualTo("basics"));
        }
    }

    [Test]
    public async Task GetTutorFocus_InvalidStudentId_IsRefused()
    {
        await StartWithReadLogAsync();

        Assert.That(() => SendAsync(new GetTutorFocusQuery(0)), Throws.TypeOf<Common.Exceptions.ValidationException>());
    }

    [Test]
    public async Task AskTutor_WithoutTheFocus_ReadsTheOpenAttemptOnce_AndWithIt_Never()
    {
        await StartWithReadLogAsync();
        await RegisterAsync(Ann);
        var focus = await SendAsync(new GetTutorFocusQuery(Ann));

        _reads.Clear();
        await SendAsync(new AskTutorQuery(Ann, "What is the numerator of a fraction?"));
        var readsWithout = _reads.ReadsOf(Attempts);
        _reads.Clear();
        await SendAsync(new AskTutorQuery(Ann, "What is the numerator of a fraction?", focus));

        Assert.That((readsWithout, _reads.ReadsOf(Attempts)), Is.EqualTo((1, 0)));
    }

    [Test]
    public async Task AskTutor_WithTheFocusOfAnOpenExercise_NeverQuotesThatExercise()
    {
        var open = new Domain.Teaching.TextExercise("top", "Name the top part of a fraction.", 10, null, "The top part is called the numerator.", "numerator", []);
        await StartWithReadLogAsync(SmallCourse(open, Choice()));
        await RegisterAsync(Ann, 8);
        await SendAsync(new StartLessonCommand(Ann, 1));
        const string Question = "What is the top part of a fraction called?";

        // Student 8 has no lesson open: only the focus given can hide the exercise.
        var withAnnsFocus = await SendAsync(new AskTutorQuery(8, Question, await SendAsync(new GetTutorFocusQuery(Ann))));
        var withTheirOwn = await SendAsync(new AskTutorQuery(8, Question));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(withAnnsFocus.Text, Does.Not.Contain("The top part is called the numerator."));
            Assert.That(withTheirOwn.Text, Does.Contain("The top part is called the numerator."));
        }
    }

    [Test]
    public async Task AskTutor_WhenTheOpenExerciseLeftTheCourse_HidesTheOneTheStudentIsNowOn()
    {
        var top = new Domain.Teaching.TextExercise("top", "Name the top part of a fraction.", 10, null, "The top part is called the numerator.", "numerator", []);
        await StartWithReadLogAsync(SmallCourse(Choice(), top));
        await RegisterAsync(Ann);
        await SendAsync(new StartLessonCommand(Ann, 1));

        // The course is edited between two runs of the bot: the open exercise is gone, so "top" is the one now open.
        await Host.DisposeAsync();
        await StartWithReadLogAsync(SmallCourse(top));
        var answer = await SendAsync(new AskTutorQuery(Ann, "What is the top part of a fraction called?"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await SendAsync(new GetOpenExerciseQuery(Ann)))?.Id, Is.EqualTo("top"));
            Assert.That(answer.Text, Does.Not.Contain("The top part is called the numerator."));
        }
    }

    [Test]
    public async Task AskTutor_Offline_ReadsNoConversation_AndAnswersAsBefore()
    {
        await StartWithReadLogAsync();
        await RegisterAsync(Ann);
        await WriteChatAsync(Ann, 3);

        _reads.Clear();
        var answer = await SendAsync(new AskTutorQuery(Ann, "What is the numerator of a fraction?"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_reads.ReadsOf(Messages), Is.Zero);
            Assert.That(answer.Source, Is.EqualTo(TutorSource.Offline));
            Assert.That(answer.Text, Does.Contain("Offline tutor").And.Contain("/lesson 1"));
        }
    }

    private Task StartWithReadLogAsync(Domain.Teaching.Course? course = null) =>
        StartWithCourseAsync(course, services => services.ConfigureDbContext<TutorBotDbContext>(options => options.AddInterceptors(_reads)));
}
