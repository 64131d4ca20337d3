export { isObstacleCategory, OBSTACLE_CATEGORIES, REFRAMING_QUESTIONS, reframingQuestionIn, reframingQuestions, type ObstacleCategory } from './reframing.ts';
