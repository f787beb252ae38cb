using FluentValidation;

namespace TutorBot.Application.Stats.GetStats;

internal sealed class GetStatsQueryValidator : AbstractValidator<GetStatsQuery>
{
    public GetStatsQueryValidator() =>
        RuleFor(q => q.BusiestCount).InclusiveBetween(0, 100).WithMessage("Between 0 and 100 busiest students can be listed.");
}
