export { isObstacleCategory, OBSTACLE_CATEGORIES, REFRAMING_QUESTIONS, reframingQuestions, type ObstacleCategory } from './reframing.ts';
