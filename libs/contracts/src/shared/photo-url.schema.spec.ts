import { photoUrlSchema } from './photo-url.schema';

describe('photoUrlSchema', () => {
  const sut = photoUrlSchema;

  it('keeps an https URL as sent', () => {
    expect(sut.parse('https://img.example.cn/r/1.jpg')).toBe('https://img.example.cn/r/1.jpg');
  });

  it('drops tabs and line feeds, as a browser does', () => {
    expect(sut.parse('https://img.example.cn/a\t\n.jpg')).toBe('https://img.example.cn/a.jpg');
  });

  it.each([
    ['another scheme', 'ftp://img.example.cn/1.jpg'],
    ['a NUL', 'https://img.example.cn/a\u0000.jpg'],
    ['over 2000 characters', `https://img.example.cn/${'a'.repeat(2_000)}.jpg`],
  ])('refuses a URL with %s', (_case, url) => {
    expect(sut.safeParse(url).success).toBe(false);
  });
});
