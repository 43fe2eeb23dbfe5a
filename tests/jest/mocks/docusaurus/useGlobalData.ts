// The Korean site's featured pages, as the featured-pages plugin would set them at build time.
const pluginData: Record<string, unknown> = {
  'featured-pages': {
    pages: [
      {
        title: '파트너 센터에 로그인할 수 없는 경우',
        description: '파트너 센터에 로그인할 수 없을 때 해야 할 일을 단계별로 안내합니다.',
        permalink: '/partner-center/unable-to-sign-in',
      },
      {
        title: '내 암호 재설정',
        description: '파트너 센터 암호를 잊었을 때 로그인 화면에서 직접 새 암호를 설정하는 방법을 설명합니다.',
        permalink: '/partner-center/reset-my-password',
      },
      {
        title: '사용자 암호 재설정',
        description: '전역 관리자가 암호를 잊은 사용자에게 파트너 센터 임시 암호를 만들어 주는 방법을 설명합니다.',
        permalink: '/partner-center/reset-a-user-password',
      },
      {
        title: '계정 정보 확인',
        description: '파트너 프로그램에 등록한 회사와 기본 연락처를 Microsoft가 확인하는 과정을 설명합니다.',
        permalink: '/partner-center/verification-responses',
      },
    ],
  },
};

export function usePluginData(name: string): unknown {
  if (!(name in pluginData)) {
    throw new Error(`No global data mocked for plugin "${name}"`);
  }
  return pluginData[name];
}
