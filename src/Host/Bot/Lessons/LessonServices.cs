using Microsoft.Extensions.DependencyInjection;
using TutorBot.Domain.Teaching;

namespace TutorBot.Host.Bot.Lessons;

internal static class LessonServices
{
    /// <summary>The scoring rules the handlers grade by, to tell the student what a hint or a retry costs.</summary>
    public static ScoringRules Scoring(IServiceProvider services) => services.GetService<ScoringRules>() ?? new ScoringRules();
}
