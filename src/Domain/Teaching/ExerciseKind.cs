namespace TutorBot.Domain.Teaching;

public enum ExerciseKind
{
    Choice,
    Text,
    Number,
}
