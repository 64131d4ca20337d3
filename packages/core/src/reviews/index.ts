export { isReviewQuestionKey, REVIEW_QUESTION_KEYS, REVIEW_QUESTIONS, reviewQuestions, type ReviewedGoal, type ReviewQuestionKey } from './questions.ts';
export { nextLookAfterKeep, outcomeNeedsReason, outcomeRevisesGoal, REVIEW_OUTCOMES, type ReviewOutcome } from './outcomes.ts';
