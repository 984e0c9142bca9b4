/**
 * Russian texts of getting in: first-run setup, sign-in and accepting an invitation.
 */
import type { Catalog } from './catalog.js';

export const ruAccess: Pick<Catalog, 'setup' | 'auth' | 'invite'> = {
  setup: {
    title: 'Настройка UPR Advocate',
    intro: 'Создайте организацию и первую учётную запись администратора. Это займёт минуту.',
    setupCode: 'Код установки',
    setupCodeHint: 'Выводится в журнал сервера при его запуске.',
    organisationName: 'Название организации',
    name: 'Ваше имя',
    email: 'Ваша электронная почта',
    password: 'Пароль',
    passwordHint: 'Не меньше 10 символов. Фразу из нескольких слов легко запомнить.',
    submit: 'Создать организацию',
    done: 'Организация создана.',
  },
  auth: {
    title: 'Вход',
    email: 'Электронная почта',
    password: 'Пароль',
    submit: 'Войти',
    wrongCredentials: 'Неверная электронная почта или пароль.',
    throttled: 'Слишком много попыток входа. Подождите несколько минут и попробуйте снова.',
    noAccount: 'Нет учётной записи? Попросите администратора вашей организации прислать приглашение.',
  },
  invite: {
    title: 'Присоединяйтесь к команде',
    intro: '{{organisation}} приглашает вас в UPR Advocate.',
    role: 'Ваша роль: {{role}}',
    email: 'Почта учётной записи: {{email}}',
    name: 'Ваше имя',
    password: 'Придумайте пароль',
    submit: 'Принять приглашение',
    invalidTitle: 'Приглашение недействительно',
  },
};
