using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Domain.Teaching;

namespace TutorBot.Infrastructure.Curriculum;

/// <summary>
/// Loads the course when the host starts, so a bad course stops the bot at once with every problem listed
/// instead of failing the first student who asks for a lesson.
/// </summary>
internal sealed class CurriculumCheck(IServiceProvider services) : IHostedService
{
    // Resolved here, not injected: the course singleton is loaded lazily, and this is the moment to do it.
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<Course>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
