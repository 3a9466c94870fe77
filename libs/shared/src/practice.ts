/** Bank of practices (банк практик) and methodological products (методические продукты и публикации). */
type Labels<E extends string> = Readonly<Record<E, string>>;

/** A practice card's state: draft → on review → published to a network, or returned with a reason. */
export enum PracticeState {
  DRAFT = 'DRAFT',
  ON_REVIEW = 'ON_REVIEW',
  RETURNED = 'RETURNED',
  PUBLISHED = 'PUBLISHED',
}
export const PRACTICE_STATE_LABELS: Labels<PracticeState> = {
  DRAFT: 'Черновик',
  ON_REVIEW: 'На рассмотрении',
  RETURNED: 'Возвращена на доработку',
  PUBLISHED: 'Опубликована',
};

/** Kinds of methodological products and publications. */
export enum ProductKind {
  COLLECTION = 'COLLECTION',
  MANUAL = 'MANUAL',
  PROGRAMME = 'PROGRAMME',
  ARTICLE = 'ARTICLE',
  RECOMMENDATIONS = 'RECOMMENDATIONS',
  NORMATIVE_PACKAGE = 'NORMATIVE_PACKAGE',
  DIARY = 'DIARY',
  OTHER = 'OTHER',
}
export const PRODUCT_KIND_LABELS: Labels<ProductKind> = {
  COLLECTION: 'Сборник',
  MANUAL: 'Методическое пособие',
  PROGRAMME: 'Программа',
  ARTICLE: 'Статья',
  RECOMMENDATIONS: 'Методические рекомендации',
  NORMATIVE_PACKAGE: 'Пакет нормативных документов',
  DIARY: 'Дневник, журнал',
  OTHER: 'Другое',
};

/** Attachments of practice cards and files of products: the same types and limit as event materials. */
export const PRACTICE_FILE_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  doc: 'application/msword',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};
export const PRACTICE_FILE_MAX_BYTES = 10 * 1024 * 1024;
/** At most this many tags on a card, each at most this long. */
export const PRACTICE_MAX_TAGS = 20;
export const PRACTICE_TAG_MAX_LENGTH = 60;
