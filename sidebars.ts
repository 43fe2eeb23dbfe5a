import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

// One category holds the sign-in pages, in the order a reader in trouble needs them.
const sidebars = {
  partnerCenter: [
    {
      type: 'category',
      label: '파트너 센터 로그인',
      key: 'partner-center-sign-in',
      collapsible: false,
      link: {
        type: 'generated-index',
        slug: '/partner-center',
        title: '파트너 센터 로그인 도움말',
        description: '파트너 센터에 로그인할 수 없을 때 도움이 되는 문서입니다.',
      },
      items: [
        'partner-center/unable-to-sign-in',
        'partner-center/reset-my-password',
        'partner-center/reset-a-user-password',
        'partner-center/mfa',
        'partner-center/work-or-personal-account',
        'partner-center/missing-pages-roles',
        'partner-center/become-global-admin',
        'partner-center/suspended-account',
        'partner-center/verification-responses',
      ],
    },
  ],
} satisfies SidebarsConfig;

export default sidebars;
