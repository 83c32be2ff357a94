/**
 * 虚词和套话 (filler words): words around the job in what people type (我想去工厂上班, 找个打扫卫生的活) that no
 * posting needs to contain. Edit the list between the backticks, words separated by 、 or new lines; README.md beside
 * this file says how. A word is dropped only when the segmenter cuts it out as a word of its own, never from inside
 * another word.
 */
export const FILLERS_TABLE = `
我、俺、咱、想、想要、要、去、到、在、找、找个、找份、找一份、个、份、一个、一份、的、地、得、了、吗、呢、啊、吧、呀、
活、活儿、事、工作、上班、打工、干活、做事、挣钱、赚钱、有、有没有、没有、能、会、可以、招、招人、招聘、求职、应聘、岗位、职位、
哪里、哪儿、附近、本地、当地、这边、那边、什么、一些、些、点、当、做、干、搞、学、一起、好、的话、请问、需要、推荐
`;
