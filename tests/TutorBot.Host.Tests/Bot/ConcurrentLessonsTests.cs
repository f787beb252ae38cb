using MediatR;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Lessons;
using TutorBot.Host.Tests.Lessons;

namespace TutorBot.Host.Tests.Bot;

/// <summary>Many students in lessons at once through one router: each one's answers count for them alone.</summary>
public sealed class ConcurrentLessonsTests
{
    private const int Students = 100;

    [Test]
    public async Task HundredStudents_TakingTheFirstLessonAtOnce_EachGetTheirOwnGrade()
    {
        await using var host = await RouterHost.StartAsync();

        var grades = await Task.WhenAll(Enumerable.Range(1, Students).Select(id => TakeFirstLessonAsync(host, id)));

        await using var scope = host.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        for (var id = 1; id <= Students; id++)
        {
            var progress = await mediator.Send(new GetProgressQuery(id));
            var first = progress.Lessons[0];
            using (Assert.EnterMultipleScope())
            {
                Assert.That(grades[id - 1], Does.Contain($"Score: {Earned(id)} of 80 points"), $"student {id}");
                Assert.That(first.Attempts, Has.Count.EqualTo(1), $"student {id}");
                Assert.That(first.Attempts[0].Answered, Is.EqualTo(8), $"student {id}");
                Assert.That(first.Status.BestPercentage, Is.EqualTo(Earned(id) / 80m * 100), $"student {id}");
                Assert.That(first.Status.State, Is.EqualTo(Earned(id) >= 48 ? LessonState.Passed : LessonState.Failed), $"student {id}");
            }
        }
    }

    /// <summary>Student <paramref name="id"/> gets the first <see cref="WrongTwice"/> exercises wrong twice, the rest right.</summary>
    private static async Task<string> TakeFirstLessonAsync(RouterHost host, long id)
    {
        var exercises = ShippedLessons.First.Exercises;
        var wrong = WrongTwice(id);
        await host.ReplyAsync(id, "/lesson 1");
        var last = string.Empty;
        for (var i = 0; i < exercises.Count; i++)
        {
            if (i < wrong)
            {
                await host.ReplyAsync(id, ShippedLessons.WrongAnswer(exercises[i]));
                last = (await host.ReplyAsync(id, ShippedLessons.WrongAnswer(exercises[i]))).Text;
            }
            else
            {
                last = (await host.ReplyAsync(id, ShippedLessons.RightAnswer(exercises[i]))).Text;
            }
        }

        return last;
    }

    /// <summary>Every tenth student gets all wrong (0 %, F); the others 0 to 2 exercises (75 % to 100 %).</summary>
    private static int WrongTwice(long id) => id % 10 == 0 ? 8 : (int)(id % 3);

    private static int Earned(long id) => (8 - WrongTwice(id)) * 10;
}
