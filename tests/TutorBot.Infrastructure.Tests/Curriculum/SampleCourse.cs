namespace TutorBot.Infrastructure.Tests.Curriculum;

/// <summary>A small valid course with every exercise kind; tests break one thing in it at a time.</summary>
public static class SampleCourse
{
    public const string CourseFile = """
        title: Sample course
        lessons:
          - 01-fractions.yaml
          - 02-decimals.yaml
        """;

    public const string Fractions = """
        id: fractions
        title: Fractions
        explanation: |
          A fraction is a part of a whole.
          The top number is the numerator.
        example: |
          6/8 = 3/4 because 6 ÷ 2 = 3 and 8 ÷ 2 = 4.
        exercises:
          - id: simplify
            kind: choice
            prompt: Which fraction is equal to 6/8?
            options: [3/4, 2/3, 6/4, 1/2]
            answer: 3/4
            hint: Divide the top and the bottom by the same number.
            explanation: 6/8 = 3/4.
            points: 20
          - id: name-the-top
            kind: text
            prompt: What is the top number of a fraction called?
            answer: numerator
            accept: [the numerator]
            explanation: It counts the parts.
          - id: half-plus-quarter
            kind: number
            prompt: What is 1/2 + 1/4?
            answer: 0.75
            tolerance: 0.01
            forms: [decimal, fraction, percent]
            explanation: 2/4 + 1/4 = 3/4.
        """;

    public const string Decimals = """
        id: decimals
        title: Decimals
        prerequisites: [fractions]
        explanation: A decimal is a fraction with a power of ten below.
        example: 0.5 = 5/10 = 1/2.
        exercises:
          - id: half
            kind: number
            prompt: Write 1/2 as a decimal.
            answer: 0.5
            explanation: 1 ÷ 2 = 0.5.
        """;
}
