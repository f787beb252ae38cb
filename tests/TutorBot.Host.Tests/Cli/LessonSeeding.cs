using TutorBot.Application.Lessons;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Domain.Teaching;
using TutorBot.Infrastructure.Curriculum;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Cli;

/// <summary>
/// Puts students' lesson work into a database the way the bot does, through the pipeline's own requests, on the shipped
/// course; the admin commands then read it back.
/// </summary>
internal sealed class LessonSeeding : IAsyncDisposable
{
    // Candidates for a wrong answer: whatever the exercise's kind and number forms, one of them reads as a wrong answer.
    private static readonly string[] WrongCandidates = ["zzz", "12345", "12345%", "1/12345", "1", "2", "3", "4"];

    private readonly PipelineHost _host;

    private LessonSeeding(PipelineHost host) => _host = host;

    public static Course Course { get; } = CourseLoader.Load(Path.Combine(AppContext.BaseDirectory, "Curriculum"));

    public static async Task<LessonSeeding> StartAsync(TestDatabase database) => new(await PipelineHost.StartAsync(database));

    public Task RegisterAsync(long studentId, string name) => _host.SendAsync(new RegisterStudentCommand(studentId, name));

    /// <summary>Takes lesson <paramref name="number"/> to its grade: right first time where <paramref name="right"/> says so, else wrong twice.</summary>
    public async Task<LessonGradeDto> TakeLessonAsync(long studentId, int number, Func<Exercise, bool> right)
    {
        var lesson = Course.LessonNumber(number)!;
        var open = (await _host.SendAsync(new StartLessonCommand(studentId, number))).Exercise;
        while (open is not null)
        {
            var exercise = lesson.FindExercise(open.Id)!;
            AnswerResultDto result;
            if (right(exercise))
            {
                result = await AnswerAsync(studentId, exercise.CorrectAnswer, AnswerOutcome.Correct);
            }
            else
            {
                await AnswerAsync(studentId, WrongAnswer(exercise), AnswerOutcome.TryAgain);
                result = await AnswerAsync(studentId, WrongAnswer(exercise), AnswerOutcome.Wrong);
            }

            open = result.Next;
        }

        return await _host.SendAsync(new GradeLessonCommand(studentId));
    }

    /// <summary>Starts lesson <paramref name="number"/> and answers its first <paramref name="count"/> exercises right, leaving it open.</summary>
    public async Task AnswerSomeAsync(long studentId, int number, int count)
    {
        var lesson = Course.LessonNumber(number)!;
        var open = (await _host.SendAsync(new StartLessonCommand(studentId, number))).Exercise;
        for (var i = 0; i < count; i++)
        {
            open = (await AnswerAsync(studentId, lesson.FindExercise(open!.Id)!.CorrectAnswer, AnswerOutcome.Correct)).Next;
        }
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task<AnswerResultDto> AnswerAsync(long studentId, string answer, AnswerOutcome expected)
    {
        var result = await _host.SendAsync(new SubmitAnswerCommand(studentId, answer));
        Assert.That(result.Outcome, Is.EqualTo(expected), $"seeding: answer '{answer}'");
        return result;
    }

    private static string WrongAnswer(Exercise exercise) =>
        WrongCandidates.First(answer => exercise.Check(answer).Verdict == AnswerVerdict.Wrong);
}
