using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.AI;
using TutorBot.Application.Tutoring;
using TutorBot.Domain.Teaching;

namespace TutorBot.Infrastructure.Tutoring.Offline;

/// <summary>
/// The tutor with no model behind it: answers the last question from the course itself (<see cref="ICourseSearch"/>), with
/// the best passages and the lesson to open, in plain text. It says it is offline, and says plainly when the course has
/// nothing on the question. It uses no tokens.
/// </summary>
internal sealed class OfflineTutorChatClient : IChatClient
{
    public const string ModelId = "offline";

    public const string OfflineNote = "Offline tutor (no AI model connected): I answer from the course itself.";

    /// <summary>Enough candidates to fill the answer from the best lesson and still have the runners-up to compare.</summary>
    private const int Candidates = 8;

    private const int MaxPassages = 3;

    /// <summary>Characters per passage: a few sentences, readable on a phone.</summary>
    private const int MaxPassageLength = 320;

    /// <summary>A passage from another lesson is shown only when it scores at least this share of the best one.</summary>
    private const double RunnerUpShare = 0.6;

    private static readonly ChatClientMetadata Metadata = new(providerName: ModelId, defaultModelId: ModelId);

    private readonly ICourseSearch _search;
    private readonly Course _course;
    private readonly string _nothingFound;

    public OfflineTutorChatClient(ICourseSearch search, Course course)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(course);
        _search = search;
        _course = course;
        _nothingFound = $"{OfflineNote}\nI found nothing about that in the course. The lessons cover "
            + $"{string.Join(", ", course.Lessons.Select(l => l.Title))}: send /lessons to pick one, "
            + "or ask again with the words of a topic.";
    }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        cancellationToken.ThrowIfCancellationRequested();
        var question = messages.LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? string.Empty;
        var hidden = options?.AdditionalProperties?.TryGetValue(TutorModels.HiddenExercise, out var value) == true ? value as string : null;
        var answer = new ChatMessage(ChatRole.Assistant, Answer(question, hidden));
        return Task.FromResult(new ChatResponse(answer) { ModelId = ModelId, FinishReason = ChatFinishReason.Stop });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? Metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        // The search belongs to the container, not to this client.
    }

    private string Answer(string question, string? hiddenExercise)
    {
        // The open exercise's own passage would give its answer away.
        var found = _search.Search(question, Candidates).Where(p => p.ExerciseId is null || $"{p.LessonId}/{p.ExerciseId}" != hiddenExercise).ToList();
        if (found.Count == 0)
        {
            return _nothingFound;
        }

        var best = found[0];
        var shown = found.Where(p => p.LessonId == best.LessonId)
            .Concat(found.Where(p => p.LessonId != best.LessonId && p.Score >= best.Score * RunnerUpShare))
            .Take(MaxPassages);
        var terms = SearchQuery.Terms(question);

        var text = new StringBuilder(OfflineNote).Append('\n');
        foreach (var passage in shown)
        {
            text.Append('\n').Append(Label(passage, passage.LessonId == best.LessonId ? null : Lesson(passage.LessonId)));
            text.Append(passage.Kind == PassageKind.Explanation
                ? PassageTrimmer.Relevant(passage.Text, terms, MaxPassageLength)
                : PassageTrimmer.Leading(passage.Text, MaxPassageLength)).Append('\n');
        }

        if (Lesson(best.LessonId) is { } lesson)
        {
            text.Append('\n').Append("Open ").Append(Name(lesson)).Append(" — send /lesson ").Append(lesson.Number);
        }

        return text.ToString();
    }

    private (int Number, string Title)? Lesson(string id)
    {
        for (var i = 0; i < _course.Lessons.Count; i++)
        {
            if (_course.Lessons[i].Id == id)
            {
                return (i + 1, _course.Lessons[i].Title);
            }
        }

        return null;
    }

    /// <summary>What a passage is, and which lesson it is from when that is not the lesson the answer points to.</summary>
    private static string Label(CoursePassage passage, (int Number, string Title)? otherLesson)
    {
        var kind = passage.Kind switch
        {
            PassageKind.Example => "worked example",
            PassageKind.Exercise => "exercise",
            _ => null,
        };
        return (otherLesson, kind) switch
        {
            ({ } lesson, { } k) => $"{Name(lesson)}, {k}: ",
            ({ } lesson, null) => $"{Name(lesson)}: ",
            (null, { } k) => $"{char.ToUpperInvariant(k[0])}{k[1..]}: ",
            _ => string.Empty,
        };
    }

    private static string Name((int Number, string Title) lesson) => $"Lesson {lesson.Number}. {lesson.Title}";
}
